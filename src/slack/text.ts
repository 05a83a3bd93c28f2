/**
 * Text crossing the Slack boundary. Inbound, Slack's markup (mentions, links, entities) becomes the plain
 * question the engine reads; outbound, anything not written by us is escaped so that it cannot form a
 * mention, a broadcast such as <!channel>, or a link.
 */

/** Escapes the three characters Slack's mrkdwn and plain text treat as markup. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The question inside a message: the bot's own mention removed, other mentions and broadcasts dropped,
 * links reduced to their label, channel references to their name, and Slack's entities decoded.
 */
export function questionFromMessage(text: string, botUserId: string | undefined): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => fromMarkup(inner, botUserId))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The question an answer's button carries (escaped when the button was built). */
export function questionFromButton(value: string | undefined): string {
  return questionFromMessage(value ?? '', undefined);
}

function fromMarkup(inner: string, botUserId: string | undefined): string {
  const [target = '', label] = splitLabel(inner);
  if (target.startsWith('@')) return botUserId !== undefined && target.slice(1) === botUserId ? ' ' : (label ?? ' ');
  if (target.startsWith('#')) return label ? `#${label}` : ' ';
  if (target.startsWith('!')) return label ?? ' ';
  return label ?? target;
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar < 0 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1) || undefined];
}

/**
 * Shortens text to at most `max` characters, at a word boundary when one is near, ending in "…".
 * Never splits a surrogate pair or leaves half of an escaped entity.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.7) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  return `${cut.trimEnd()}…`;
}

/** Escapes, then shortens: the order matters, since escaping lengthens the text. */
export function safeText(text: string, max: number): string {
  return truncate(escapeSlack(text), max);
}
