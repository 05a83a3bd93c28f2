/**
 * vitest's global setup: brings dist/ up to date once, before the test files run, so that the many
 * processes they start (through scripts/run.mjs, as npm does) find it fresh instead of each rebuilding it.
 */
import { build, inputsDigest, isFresh } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  if (!isFresh(inputsDigest())) await build();
}
