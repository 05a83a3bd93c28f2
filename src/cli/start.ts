import { createInterface } from 'node:readline';
import { exitWithError, loadEngine } from './load.ts';
import { renderText } from './render.ts';

// Slack surfaces are a separate stage; without credentials the bot is this terminal chat on the same engine.
const slackConfigured = Boolean(process.env.SLACK_BOT_TOKEN && (process.env.SLACK_APP_TOKEN || process.env.SLACK_SIGNING_SECRET));
const engine = await loadEngine().catch(exitWithError);

process.stderr.write(
  slackConfigured
    ? 'Slack credentials found, but this version has no Slack receiver yet: starting the terminal chat.\n'
    : 'No Slack credentials: terminal chat. To connect Slack, set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP).\n',
);
process.stderr.write('Ask about the news events (type "help" for examples, "exit" to quit).\n');

const chat = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ', terminal: process.stdin.isTTY });
chat.prompt();
chat.on('line', (line) => {
  if (/^\s*(?:exit|quit|bye)\s*$/i.test(line)) {
    chat.close();
    return;
  }
  if (line.trim() !== '' || process.stdin.isTTY) process.stdout.write(`${renderText(engine.answer(line))}\n\n`);
  chat.prompt();
});
chat.on('close', () => process.exit(0));
