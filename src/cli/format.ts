// Human-readable renderings for the terminal. `--json` bypasses all of this.
import type { CliMethodOutput } from '../shared/cli-contract.js';
import { daysBetween } from '../shared/dates.js';
import { formatDatedIso } from '../shared/format/dates.js';
import type { CaseDetail, CaseSummary, Removal, SearchHit } from '../shared/models.js';
import { caseTextLanguage } from '../shared/text-versions.js';
import { versionLines } from './format-versions.js';
import { interpretationLines, translationLines } from './format-translators.js';
import type { MethodOutput } from '../shared/contract.js';

type VerifyReport = CliMethodOutput<'vault.verify'>;
type ExportResult = CliMethodOutput<'dossier.export'>;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) => row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

export function formatCases(cases: CaseSummary[]): string {
  if (cases.length === 0) return 'The vault holds no cases yet. Import one with: dossier import VAULT CASE.json';
  return table([
    ['ID', 'REFERENCE', 'CLIENT', 'FORUM', 'STATUS', 'EVENTS', 'EVIDENCE'],
    ...cases.map((c) => [
      c.id.slice(0, 8),
      c.reference ?? '',
      c.clientNameNative ? `${c.clientName} (${c.clientNameNative})` : c.clientName,
      c.forum,
      c.status,
      String(c.events),
      String(c.evidence),
    ]),
  ]);
}

function countdown(due: string, today: string): string {
  const days = daysBetween(today, due);
  if (days < 0) return `${-days} days ago`;
  if (days === 0) return 'TODAY';
  return days < 7 ? `in ${days} days  <-- URGENT` : `in ${days} days`;
}

export function formatCase(detail: CaseDetail, today: string, translators: MethodOutput<'translators.list'> = []): string {
  const { case: c, client, events, evidence, persecution, deadlines } = detail;
  const lines: string[] = [];
  lines.push(`${c.title}`, `  id ${c.id}${c.reference ? `, reference ${c.reference}` : ''}`, `  forum ${c.forum}${c.stateParty ? `, State party ${c.stateParty}` : ''}${c.destination ? `, destination ${c.destination}` : ''}, status ${c.status}`);
  lines.push(`  texts typed in ${caseTextLanguage(detail)}${c.textLanguage ? '' : ' (guessed)'}`);
  if (c.alienNumber) lines.push(`  A-number ${c.alienNumber}`);
  const counsel = detail.counsel ? [detail.counsel.name, detail.counsel.firm].filter(Boolean).join(', ') : c.responsibleLawyer;
  if (counsel) lines.push(`  counsel ${counsel}`);
  if (c.removal) lines.push(`  expected removal ${removalLine(c.removal)}`);
  lines.push('', `Client: ${client.fullName}${client.fullNameNative ? ` (${client.fullNameNative})` : ''}`);
  if (client.dateOfBirth) lines.push(`  born ${client.dateOfBirth}${client.placeOfBirth ? `, ${client.placeOfBirth}` : ''}`);
  if (client.citizenships.length) lines.push(`  citizenship ${client.citizenships.join(', ')}`);
  if (client.status || client.currentCountry) lines.push(`  now ${[client.status, client.currentCountry].filter(Boolean).join(' in ')}`);
  for (const doc of client.documents) {
    lines.push(`  ${doc.kind} ${doc.number ?? ''}${doc.issuingState ? ` (${doc.issuingState})` : ''}${doc.expires ? `, expires ${doc.expires}` : ''}`);
  }
  if (deadlines.length) {
    lines.push('', 'Deadlines:');
    for (const d of deadlines) {
      // A done deadline is listed without its countdown: it no longer alarms.
      const when = [d.due, d.time, d.timeZone].filter(Boolean).join(' ');
      lines.push(`  ${when}  ${d.done ? 'DONE' : countdown(d.due, today)}  ${d.title}${d.inFiling ? '  [stated in the filing]' : ''}`);
    }
  }
  lines.push('', `Timeline (${events.length}):`);
  for (const e of events) {
    const dated = formatDatedIso(e);
    lines.push(`  ${dated.padEnd(12)} ${e.type.padEnd(20)} ${e.title}${e.place ? ` — ${e.place}` : ''}${e.status === 'disputed' ? ' [disputed]' : ''}${e.evidenceIds.length ? ` [${e.evidenceIds.length} exhibit(s)]` : ''}`);
    lines.push(...versionLines(e.versions, '    '));
  }
  lines.push('', `Evidence (${evidence.length}):`);
  for (const item of evidence) {
    lines.push(`  ${item.title} — ${item.kind}, ${item.mediaType}, ${item.size} bytes${item.key ? '  [key exhibit]' : ''}`, `    ${item.originalName}  sha256 ${item.sha256}`);
    lines.push(...translationLines(item, evidence, translators, '    '));
    lines.push(...versionLines(item.versions, '    '));
  }
  if (persecution) {
    lines.push('', 'Persecution profile:');
    if (persecution.grounds.length) lines.push(`  grounds: ${persecution.grounds.map((g) => g.ground).join(', ')}`);
    if (persecution.agents.length) lines.push(`  agents: ${persecution.agents.join('; ')}`);
    for (const charge of persecution.charges) lines.push(`  charge: ${charge.state} ${charge.code ?? ''} art. ${charge.article}${charge.text ? ` — ${charge.text}` : ''}`);
    if (persecution.risks.length) lines.push(`  risks: ${persecution.risks.join('; ')}`);
    lines.push(...interpretationLines(persecution, translators, '  '));
    lines.push(...versionLines(persecution.versions, '  '));
  }
  return lines.join('\n');
}

/** "2026-03-23 07:15 from Almaty airport to RU (scheduled flight)": only the parts recorded. */
function removalLine(removal: Removal): string {
  const when = [removal.date, removal.time].filter(Boolean).join(' ');
  const parts = [when, removal.place && `from ${removal.place}`, removal.destination && `to ${removal.destination}`, removal.manner && `(${removal.manner})`];
  return parts.filter(Boolean).join(' ') || 'recorded without details';
}

export function formatSearch(hits: SearchHit[]): string {
  if (hits.length === 0) return 'No matches.';
  return hits.map((hit) => `${hit.entity.padEnd(11)} ${hit.title}${hit.page ? `, page ${hit.page}` : ''}${hit.caseId ? `  (case ${hit.caseId.slice(0, 8)})` : ''}\n            ${hit.snippet}`).join('\n');
}

export function formatVerify(report: VerifyReport): string {
  const lines = [`Database: ${report.database}`, `Evidence files: ${report.files} checked, ${report.bytes} bytes`];
  for (const p of report.problems) lines.push(`  PROBLEM ${p.problem}: ${p.file} (item ${p.evidenceId}): ${p.detail}`);
  if (report.strayFiles) lines.push(`Stray files from an interrupted import or removal (no record refers to them; not a problem, and swept later): ${report.strayFiles}`);
  lines.push(report.ok ? 'Vault verified: every file matches its SHA-256.' : 'Vault has problems: see above.');
  return lines.join('\n');
}

export function formatExport(result: ExportResult): string {
  const lines = [`Dossier written: ${result.file}`, `${result.pages} pages, ${result.exhibits.length} exhibit(s), template ${result.template}, language ${result.language}`];
  const skipped = result.exhibits.filter((exhibit) => !exhibit.rendered).map((exhibit) => exhibit.label);
  if (skipped.length > 0) lines.push(`Not reproduced, each behind a separator that says why: ${skipped.join(', ')} (see the warnings above)`);
  if (result.parts) {
    lines[0] = `Dossier written in ${result.parts.length} parts, each within the size limit:`;
    lines.push(...result.parts.map((part) => `  ${part.file}: pages ${part.firstPage}–${part.lastPage} (${(part.bytes / 1_000_000).toFixed(1)} MB)`));
  }
  return lines.join('\n');
}
