/**
 * The HTTP benchmark alone (bench/http.ts), for working on it without the rest of `npm run bench`:
 *
 *   node --import tsx bench/http-run.ts [--only bot,bolt-reply] [--profile DIR]
 *
 * With --profile each child runs under `node --cpu-prof` and leaves DIR/<mode>/*.cpuprofile, one per
 * thread (open one in Chrome DevTools, or summarise it with bench/profile-summary.ts).
 */
import { parseArgs } from 'node:util';
import { measureHttp } from './http.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, profile: { type: 'string' } } });
const modes = values.only?.split(',') as Array<'bot' | 'bolt' | 'bolt-reply'> | undefined;
const figures = await measureHttp((line) => process.stderr.write(`${line}\n`), {
  ...(modes ? { modes } : {}),
  ...(values.profile ? { profileDir: values.profile } : {}),
});
process.stdout.write(`${JSON.stringify(figures)}\n`);
