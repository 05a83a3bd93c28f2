import { createInterface } from 'node:readline';
import type { Engine } from '../answer/index.ts';
import { renderText } from './render.ts';

/** The terminal chat: the same engine as Slack, one answer per line typed. */
export function runTerminalChat(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const chat = createInterface({ input, output, prompt: '> ', terminal: interactive });
  chat.prompt();
  chat.on('line', (line) => {
    if (/^\s*(?:exit|quit|bye)\s*$/i.test(line)) {
      chat.close();
      return;
    }
    if (line.trim() !== '' || interactive) output.write(`${renderText(engine.answer(line))}\n\n`);
    chat.prompt();
  });
  return new Promise((resolve) => chat.on('close', resolve));
}
