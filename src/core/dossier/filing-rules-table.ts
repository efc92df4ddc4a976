// The table of each template's filing rules that docs/dossier.md prints, made from templates.ts:
// the rules are stated once, there, and a test fails when the page and the code disagree
// (test/dossier/filing-rules-docs.test.ts; `npx tsx scripts/filing-rules-table.ts` rewrites it).
import { dossierTemplates, type DossierTemplate, type RequiredFilingField } from './templates.js';

export const filingRulesStart = '<!-- filing-rules:start (generated from src/core/dossier/templates.ts) -->';
export const filingRulesEnd = '<!-- filing-rules:end -->';

const fieldNames: Record<RequiredFilingField, string> = {
  stateParty: 'State party',
  remediesExhausted: 'remedies exhausted',
  removal: 'expected removal',
  destination: 'destination',
  alienNumber: 'A-number',
};

function megabytes(bytes: number): string {
  return `${bytes / 1_000_000} MB`;
}

function row({ id, filing }: DossierTemplate): string {
  const cells = [
    `\`${id}\``,
    [filing.maxPartBytes && `${megabytes(filing.maxPartBytes)} a part`, filing.maxPagesPerPart && `${filing.maxPagesPerPart} pages a part`].filter(Boolean).join(', ') || '—',
    filing.maxPagesBeforeExhibits === undefined ? '—' : String(filing.maxPagesBeforeExhibits),
    filing.translationsRequired ? 'required' : 'optional',
    filing.certificateForm,
    filing.searchable ? 'yes' : 'no',
    filing.requiredFields.map((field) => fieldNames[field]).join(', ') || '—',
    filing.keyExhibitsOnly ? 'key only' : 'all',
    filing.proofOfService ? 'yes' : 'no',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The markdown table, between its markers. */
export function filingRulesTable(templates: readonly DossierTemplate[] = dossierTemplates): string {
  return [
    filingRulesStart,
    '| template | size limit | pages before exhibits | translations | certificate form | searchable | required fields | exhibits | proof of service |',
    '|---|---|---|---|---|---|---|---|---|',
    ...templates.map(row),
    filingRulesEnd,
  ].join('\n');
}

/** `markdown` with its generated block replaced by the current table; the same text when it has no block. */
export function withFilingRules(markdown: string): string {
  const start = markdown.indexOf(filingRulesStart);
  const end = markdown.indexOf(filingRulesEnd);
  if (start < 0 || end < start) return markdown;
  return markdown.slice(0, start) + filingRulesTable() + markdown.slice(end + filingRulesEnd.length);
}
