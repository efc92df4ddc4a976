// Writes the mixed set (mixed-set.ts) in a process of its own, so the generator's memory (sharp,
// ImageMagick's output read back, pdf-lib) never counts in the measuring process's RSS. `npm run
// bench` starts it when the cache holds no set; it also runs alone:
//   node --import tsx test/bench/generate-mixed.ts [--quick]
import { parseArgs } from 'node:util';
import { generateMixedSet } from './mixed-set.js';
import { Progress } from './progress.js';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
await generateMixedSet(args.quick ? 'quick' : 'full', new Progress('bench-mixed'));
