/**
 * A Web API failure in one line for the log: the error code and Slack's reason, never the request
 * (whose headers carry the token) or the response headers.
 */
export function describeSlackError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number; original?: Error };
  const parts = [e.code ?? e.name];
  // A non-JSON body from a proxy ends up in data.error; a line of it is enough.
  if (e.data?.error) parts.push(e.data.error.slice(0, 120));
  if (e.statusCode) parts.push(`HTTP ${e.statusCode}`);
  if (e.retryAfter !== undefined) parts.push(`retry after ${e.retryAfter}s`);
  if (e.original?.message) parts.push(e.original.message);
  else if (!e.data?.error && !e.statusCode) parts.push(e.message);
  return redactTokens(parts.join(': '));
}

/** Slack tokens and anything after a bearer keyword, replaced: a last line of defence for log text. */
export function redactTokens(text: string): string {
  return text.replace(/\bx(?:ox[a-z]|app)-[\w-]+/gi, '[token]').replace(/(bearer\s+)\S+/gi, '$1[token]');
}
