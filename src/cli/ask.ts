import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DEFAULT_STORE_PATH } from '../store/index.ts';
import { exitWithError, loadEngine } from './load.ts';
import { renderJson, TextRenderer } from './render.ts';
import { wantsColour } from './style.ts';

const { values, positionals } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    store: { type: 'string', default: DEFAULT_STORE_PATH },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});

if (values.help) {
  process.stdout.write(
    'Usage: npm run ask -- [--json] [--store FILE] "QUESTION"\n       (no question: one question per line on stdin)\n',
  );
  process.exit(0);
}

const engine = await loadEngine(values.store).catch(exitWithError);
const text = new TextRenderer(engine, { colour: wantsColour(process.stdout) });
const render = values.json ? renderJson : (answer: Parameters<typeof renderJson>[0]) => text.answer(answer);

if (positionals.length > 0) {
  process.stdout.write(`${render(engine.answer(positionals.join(' ')))}\n`);
} else if (!process.stdin.isTTY) {
  // One answer per input line, in order, from the engine loaded once.
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    process.stdout.write(`${render(engine.answer(line))}\n`);
  }
} else {
  process.stderr.write('Give a question: npm run ask -- "when is the summit?" (or pipe questions, one per line).\n');
  process.exit(64);
}
