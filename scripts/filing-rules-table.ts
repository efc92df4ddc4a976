// Rewrites the table of filing rules in docs/dossier.md from src/core/dossier/templates.ts.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withFilingRules } from '../src/core/dossier/filing-rules-table.js';

const page = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'dossier.md');
const before = await readFile(page, 'utf8');
const after = withFilingRules(before);
if (after !== before) await writeFile(page, after);
process.stdout.write(after === before ? 'docs/dossier.md: the filing rules are up to date\n' : 'docs/dossier.md: the filing rules were rewritten\n');
