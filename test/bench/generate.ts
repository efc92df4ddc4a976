// Writes the synthetic practice in a process of its own: `npm run bench` starts this when the
// cache has no practice for the seed and size, so that the generator's memory (sharp, pdf-lib)
// never counts in the measuring process's RSS. Also runs alone, to fill the cache ahead of time:
//   node --import tsx test/bench/generate.ts [--quick] [--seed N]
import { parseArgs } from 'node:util';
import { generatePractice } from './generate-practice.js';
import { practiceSizes } from './practice-plan.js';
import { Progress } from './progress.js';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' } } });
const seed = Number(args.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${args.seed}`);
await generatePractice(seed, args.quick ? practiceSizes.quick : practiceSizes.full, new Progress('bench-generate'));
