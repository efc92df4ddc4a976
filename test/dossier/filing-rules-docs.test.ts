// The filing rules are stated once, in templates.ts: docs/dossier.md prints them as a generated
// table, and this test fails when the page and the code disagree (a limit changed in one place
// only), so a lawyer reading the docs reads what the export and the pre-flight apply.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filingRulesEnd, filingRulesStart, filingRulesTable, withFilingRules } from '../../src/core/dossier/filing-rules-table.js';
import { dossierTemplates } from '../../src/core/dossier/templates.js';
import { repoRoot } from '../support/sample-case.js';

describe('the filing rules in the docs', () => {
  it('are the table generated from templates.ts (npx tsx scripts/filing-rules-table.ts rewrites it)', async () => {
    const page = await readFile(path.join(repoRoot, 'docs', 'dossier.md'), 'utf8');
    const start = page.indexOf(filingRulesStart);
    const end = page.indexOf(filingRulesEnd);
    expect(start).toBeGreaterThan(0);
    expect(page.slice(start, end + filingRulesEnd.length)).toBe(filingRulesTable());
  });

  it('name every template with its limits, and a change to a rule changes the table', () => {
    const table = filingRulesTable();
    for (const template of dossierTemplates) expect(table).toContain(`| \`${template.id}\` |`);
    expect(table).toMatch(/\| `us-immigration-court` \| 25 MB a part \| — \| required \| eoir \| yes \| A-number \| all \| yes \|/);
    expect(table).toMatch(/\| `urgent-interim-measures` \| — \| 10 \| optional \| generic \| no \| expected removal \| key only \| no \|/);
    const changed = dossierTemplates.map((template) => (template.id === 'us-immigration-court' ? { ...template, filing: { ...template.filing, maxPartBytes: 30_000_000 } } : template));
    expect(filingRulesTable(changed)).not.toBe(table);
    expect(filingRulesTable(changed)).toContain('30 MB a part');
  });

  it('leave the rest of the page as it is when rewritten', () => {
    const page = `before\n${filingRulesStart}\n| stale |\n${filingRulesEnd}\nafter\n`;
    expect(withFilingRules(page)).toBe(`before\n${filingRulesTable()}\nafter\n`);
    expect(withFilingRules('no table here')).toBe('no table here');
  });
});
