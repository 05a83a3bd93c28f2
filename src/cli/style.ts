import { styleText } from 'node:util';

/** The few text styles the terminal chat uses; all identity functions when colour is off. */
export interface Style {
  readonly strong: (text: string) => string;
  readonly faint: (text: string) => string;
  readonly accent: (text: string) => string;
}

const PLAIN: Style = { strong: (t) => t, faint: (t) => t, accent: (t) => t };

// The decision is wantsColour's, for the stream the chat writes to; newer Node versions would otherwise
// check process.stdout instead, whatever stream the text is for.
const FORCE = { validateStream: false } as const;
const COLOUR: Style = {
  strong: (t) => styleText('bold', t, FORCE),
  faint: (t) => styleText('dim', t, FORCE),
  accent: (t) => styleText('cyan', t, FORCE),
};

/**
 * Colour only for a person at a terminal: never into a pipe or file (escape codes would end up in the
 * text), and never when NO_COLOR is set to anything (https://no-color.org).
 */
export function wantsColour(output: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return output.isTTY === true && !env['NO_COLOR'];
}

export function styleFor(colour: boolean): Style {
  return colour ? COLOUR : PLAIN;
}
