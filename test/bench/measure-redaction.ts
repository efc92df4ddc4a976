// `npm run bench -- --only redaction` (issue 17): the export of the benchmark's large case under a
// redaction profile against the same export without one, in the same vault, one after the
// other: wall time, the time in each phase (the verification after export among them) and peak
// memory, this process's and the exhibit reader's processes'. The profile is what a lawyer would
// make for an embassy: the terms the case suggests (family, addresses, documents, witnesses) and
// the client's surname, which the exhibits' texts name throughout, and a box on the first page
// of 20 exhibits.
import path from 'node:path';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { saveRedactionProfile } from '../../src/core/records/redaction-profiles.js';
import { redactionSuggestions } from '../../src/core/records/redaction-suggestions.js';
import type { RedactionRegion } from '../../src/shared/redaction.js';
import type { Vault } from '../../src/core/vault/vault.js';
import type { Practice } from './generate-practice.js';
import type { Progress } from './progress.js';
import { RssSampler, secondsSince, type RssPeak } from './sampling.js';

export interface RedactionExportFigure {
  pages: number;
  bytes: number;
  seconds: number;
  memory: RssPeak;
  phaseSeconds: Record<string, number>;
}

export interface RedactionFigure {
  exhibits: number;
  terms: number;
  boxes: number;
  plain: RedactionExportFigure;
  redacted: RedactionExportFigure;
}

/** Imports the large case alone into `vault`, makes its profile, and exports it both ways. */
export async function measureRedaction(vault: Vault, practice: Practice, outDir: string, progress: Progress): Promise<RedactionFigure> {
  const { caseId } = await importCase(vault, practice.largeCase.caseJson);
  const detail = getCaseDetail(vault, caseId);
  const surname = detail.client.fullName.trim().split(/\s+/).at(-1) ?? detail.client.fullName;
  const terms = [{ text: surname, reason: 'third_party' as const }, ...redactionSuggestions(detail, [surname]).map(({ text, reason }) => ({ text, reason }))];
  const regions: RedactionRegion[] = detail.evidence.slice(0, 20).map((item) => ({ evidenceId: item.id, page: 1, x: 0.1, y: 0.1, width: 0.5, height: 0.08, reason: 'address' }));
  const profile = vault.transaction((db) => saveRedactionProfile(db, caseId, undefined, { name: 'Embassy', terms, regions }));
  progress.line(`redaction: ${terms.length} terms, ${regions.length} boxes over ${detail.evidence.length} exhibits`);
  const plain = await timedExport(vault, caseId, path.join(outDir, 'plain.pdf'), undefined, progress);
  const redacted = await timedExport(vault, caseId, path.join(outDir, 'redacted.pdf'), profile.id, progress);
  return { exhibits: detail.evidence.length, terms: terms.length, boxes: regions.length, plain, redacted };
}

async function timedExport(vault: Vault, caseId: string, out: string, redactionProfileId: string | undefined, progress: Progress): Promise<RedactionExportFigure> {
  const sampler = new RssSampler(10);
  const start = performance.now();
  const phaseStarts: [string, number][] = [];
  const result = await exportDossier(vault, caseId, out, {
    today: '2026-01-15',
    redactionProfileId,
    onProgress: (event) => {
      if (phaseStarts.at(-1)?.[0] !== event.phase) phaseStarts.push([event.phase, performance.now()]);
      progress.every(`export${redactionProfileId ? ' (redacted)' : ''}: ${event.phase} ${event.done}/${event.total}`);
    },
  });
  const end = performance.now();
  const memory = sampler.stop();
  const phaseSeconds: Record<string, number> = {};
  phaseStarts.forEach(([phase, at], index) => {
    phaseSeconds[phase] = (phaseSeconds[phase] ?? 0) + ((phaseStarts[index + 1]?.[1] ?? end) - at) / 1000;
  });
  return { pages: result.pages, bytes: result.bytes, seconds: secondsSince(start), memory, phaseSeconds };
}

/** The figures as a Markdown table, redacted beside plain. */
export function redactionReport(figure: RedactionFigure, profile: string): string {
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const phases = [...new Set([...Object.keys(figure.plain.phaseSeconds), ...Object.keys(figure.redacted.phaseSeconds)])];
  const rows = [
    ['pages', String(figure.plain.pages), String(figure.redacted.pages)],
    ['file size', `${(figure.plain.bytes / 1e6).toFixed(1)} MB`, `${(figure.redacted.bytes / 1e6).toFixed(1)} MB`],
    ['wall time', `${figure.plain.seconds.toFixed(1)} s`, `${figure.redacted.seconds.toFixed(1)} s`],
    ...phases.map((phase) => [`  ${phase}`, `${(figure.plain.phaseSeconds[phase] ?? 0).toFixed(1)} s`, `${(figure.redacted.phaseSeconds[phase] ?? 0).toFixed(1)} s`]),
    ['peak RSS, this process', mib(figure.plain.memory.peak), mib(figure.redacted.memory.peak)],
    ['peak RSS, reader processes', mib(figure.plain.memory.childrenPeak), mib(figure.redacted.memory.childrenPeak)],
  ];
  const table = ['| figure | without redaction | redacted |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  return `\n## Redacted export of the large case (${profile})\n\n${figure.exhibits} exhibits; the profile: ${figure.terms} terms, ${figure.boxes} boxes.\n\n${table}\n`;
}
