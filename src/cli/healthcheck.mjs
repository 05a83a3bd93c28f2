// @ts-check
/**
 * The container's HEALTHCHECK: exit 0 when the bot answers GET /healthz with 200, 1 otherwise.
 * Plain JavaScript, so each check is one bare node start (no tsx loader, no engine) every 30 s.
 *
 * Only HTTP mode listens: in Socket Mode (or the terminal chat) there is nothing to probe, so the
 * check passes while the process lives. The mode follows the same rule as `readSlackConfig`: a bot
 * token with an app token is Socket Mode; a bot token without one is HTTP mode. Settings come from
 * the environment, or from a .env file for what the environment does not set, as for the bot.
 */
import { existsSync } from 'node:fs';

if (existsSync('.env')) process.loadEnvFile('.env');
const setting = (/** @type {string} */ name) => process.env[name]?.trim() || undefined;

if (!setting('SLACK_BOT_TOKEN') || setting('SLACK_APP_TOKEN')) process.exit(0);

const port = setting('PORT') ?? '3000';
const bound = setting('HOST');
// Listening on every interface (the default) includes the loopback one.
const host = !bound || bound === '0.0.0.0' || bound === '::' ? '127.0.0.1' : bound;
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
  process.exit(response.status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
