/**
 * Only the big-batch figures of `npm run bench` (a million references, a 40 MB HAR without a
 * worker): `vite build && tsx tests/tools/bench-batch.ts`. BENCH_PROFILE=dir writes CPU profiles.
 */
import { benchHarWithoutWorker, benchMillionReferences } from './bench-browser.ts';

await benchMillionReferences();
await benchHarWithoutWorker();
