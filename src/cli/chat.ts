import { createInterface } from 'node:readline';
import type { ConversationContext, Engine } from '../answer/index.ts';
import { TextRenderer } from './render.ts';
import { styleFor, wantsColour } from './style.ts';

export interface ChatStreams {
  readonly input?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output?: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** Defaults to: output is a terminal and NO_COLOR is not set. */
  readonly colour?: boolean;
}

const EXIT = /^\s*(?:exit|quit|bye|goodbye)\s*[.!]?\s*$/i;
const HELP = /^\s*(?:help|\?)\s*$/i;
const LIST = /^\s*(?:list|timeline)\s*$/i;
const GOODBYE = 'Goodbye.';

/**
 * The terminal chat on the same engine as Slack. At a terminal: a prompt, line editing and history
 * (up and down arrows). With piped input: each question is echoed before its answer, so the output
 * reads as a conversation. Either way, a goodbye on `exit` or at the end of input.
 */
export function runTerminalChat(engine: Engine, streams: ChatStreams = {}): Promise<void> {
  const input = streams.input ?? process.stdin;
  const output = streams.output ?? process.stdout;
  const interactive = input.isTTY === true && output.isTTY === true;
  const colour = streams.colour ?? wantsColour(output);
  const style = styleFor(colour);
  const render = new TextRenderer(engine, { colour });
  const prompt = `${style.accent('>')} `;
  const chat = createInterface({
    input,
    output,
    prompt,
    terminal: interactive,
    historySize: interactive ? 500 : 0,
    removeHistoryDuplicates: true,
    crlfDelay: Infinity,
  });
  const say = (text: string): void => void output.write(`${text}\n`);

  let leaving = false;
  chat.on('line', (line) => {
    // readline still hands over lines it had read before close(); after `exit` they go unanswered.
    if (leaving) return;
    const question = line.trim();
    if (question === '') {
      if (interactive) chat.prompt();
      return;
    }
    // A pipe shows no typing, so the question is written out before its answer.
    if (!interactive) say(`${prompt}${question}`);
    if (EXIT.test(question)) {
      leaving = true;
      chat.close();
      return;
    }
    say(reply(question));
    say('');
    if (interactive) chat.prompt();
  });

  // The previous question's context: follow-ups ("and where?", "who
  // announced it?") and a number picking one of the events offered.
  let context: ConversationContext | null = null;
  const reply = (question: string): string => {
    if (HELP.test(question)) return render.help();
    if (LIST.test(question)) return render.timeline();
    const answer = engine.answer(question, context);
    context = answer.remember ?? context;
    // Asked in other words ("what can you do?", "show me the timeline"), the engine knows them too.
    if (answer.intent === 'help') return render.help();
    if (answer.intent === 'list') return render.timeline();
    return render.answer(answer);
  };

  if (interactive) chat.prompt();
  return new Promise((resolve) =>
    chat.on('close', () => {
      // End of input (Ctrl-D, or the end of a pipe) leaves as `exit` does; at a terminal, on a line of its own.
      if (!leaving && interactive) output.write('\n');
      say(GOODBYE);
      resolve();
    }),
  );
}
