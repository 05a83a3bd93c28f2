/**
 * A Web API failure in one line for the log: the error code and Slack's reason, never the request
 * (whose headers carry the token) or the response headers.
 */
export function describeSlackError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & {
    code?: string;
    data?: { error?: string };
    statusCode?: number;
    retryAfter?: number;
    original?: Error;
  };
  const parts = [e.code ?? e.name];
  // A non-JSON body from a proxy ends up in data.error; a line of it is enough.
  if (e.data?.error) parts.push(e.data.error.slice(0, 120));
  if (e.statusCode) parts.push(`HTTP ${e.statusCode}`);
  if (e.retryAfter !== undefined) parts.push(`retry after ${e.retryAfter}s`);
  if (e.original?.message) parts.push(e.original.message);
  else if (!e.data?.error && !e.statusCode) parts.push(e.message);
  return redactSecrets(parts.join(': '));
}

/**
 * Secrets replaced in log text, a last line of defence whoever wrote the line: Slack tokens, bearer
 * headers, response URLs (anyone holding one can post to the channel for 30 minutes) and Socket
 * Mode connection tickets.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/\bx(?:ox[a-z]|app)-[\w-]+/gi, '[token]')
    .replace(/(bearer\s+)\S+/gi, '$1[token]')
    .replace(/https:\/\/hooks\.slack\.com\/[^\s"'\\]+/gi, 'https://hooks.slack.com/[redacted]')
    .replace(/(ticket=)[^&"'\s\\]+/gi, '$1[redacted]');
}
