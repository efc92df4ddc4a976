// Each pre-flight rule firing on a case built to break it, in a real vault: the case imported
// from a CASE.json with real files (checked in the exhibit reader as the import leaves them),
// then run through checkDossier as `dossier check` and the export view run it.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierPlan } from '../../src/core/dossier/compose-dossier.js';
import { findTemplate } from '../../src/core/dossier/templates.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { markDeadline } from '../../src/core/records/deadlines.js';
import { saveEvidenceText } from '../../src/core/records/evidence-text.js';
import { getEvidence, listEvidence } from '../../src/core/records/evidence.js';
import { checkDossier, runPreflight } from '../../src/core/preflight/preflight.js';
import { estimatedParts } from '../../src/core/preflight/size-rules.js';
import { Vault } from '../../src/core/vault/vault.js';
import type { PreflightFinding, PreflightReport } from '../../src/shared/preflight.js';
import { undrawablePdf } from '../support/damaged-pdf.js';
import { importCaseChecked } from '../support/import-checked.js';
import { fixturesDir, PASSPHRASE, sampleCase } from '../support/sample-case.js';

const today = '2026-12-01';
const now = new Date(`${today}T12:00:00`);

/** A WAV of silence: a sound file, which the dossier names on a separator page but cannot reproduce. */
function silentWav(): Buffer {
  const samples = 800;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}

/** The sample case broken in every way a rule looks for. */
async function brokenCase(vault: Vault, dir: string): Promise<string> {
  await copyFile(path.join(fixturesDir, 'picket.png'), path.join(dir, 'picket.png'));
  await copyFile(path.join(fixturesDir, 'order.pdf'), path.join(dir, 'order.pdf'));
  await writeFile(path.join(dir, 'statement.txt'), 'Мен, Әйгерім Садықова, 2022 жылы пикетке шықтым.\n');
  await writeFile(path.join(dir, 'order-en.txt'), 'Extradition order (English translation).\n');
  await writeFile(path.join(dir, 'voice.wav'), silentWav());
  await writeFile(path.join(dir, 'damaged.pdf'), await undrawablePdf());
  await writeFile(path.join(dir, 'notes.txt'), 'Notes of counsel.\n');
  const doc = {
    ...sampleCase,
    // No State party, no removal; the profile has no remedies exhausted.
    case: { ...sampleCase.case, destination: undefined },
    events: [
      ...sampleCase.events,
      { date: '2026-11-20', precision: 'day', type: 'court_hearing', title: 'Hearing on the extradition', evidence: [] },
    ],
    evidence: [
      ...sampleCase.evidence,
      { key: 'order-en', file: 'order-en.txt', title: 'Extradition order: English translation', kind: 'translation', date: '2026-11-16', language: 'en', translationOf: 'order' },
      { key: 'voice', file: 'voice.wav', title: 'Voice message', kind: 'audio', date: '2026-01-02', language: 'en' },
      { key: 'damaged', file: 'damaged.pdf', title: 'damaged.pdf', kind: 'other', date: '2026-01-03', language: 'en' },
      { key: 'notes', file: 'notes.txt', title: 'Notes of counsel', kind: 'correspondence', date: '2026-01-04', language: 'en', confidential: true },
    ],
    deadlines: [
      { title: 'Reply to the State party', due: '2026-11-30' },
      { title: 'Comments on the assurances', due: '2026-12-02', time: '10:00' },
      { title: 'Old reply, sent', due: '2026-11-01' },
      { title: 'Observations', due: '2027-02-01' },
    ],
  };
  await writeFile(path.join(dir, 'case.json'), JSON.stringify(doc));
  const { caseId } = await importCaseChecked(vault, path.join(dir, 'case.json'));
  vault.transaction((db) => {
    const sent = getCaseDetail(vault, caseId).deadlines.find((deadline) => deadline.title === 'Old reply, sent')!;
    markDeadline(db, caseId, sent.id, { done: true });
  });
  return caseId;
}

const codes = (report: PreflightReport) => report.findings.map((finding) => finding.code);
const find = (report: PreflightReport, code: string, subject?: string): PreflightFinding | undefined =>
  report.findings.find((finding) => finding.code === code && (subject === undefined || finding.subject === subject));

describe('pre-flight rules', () => {
  let vault: Vault;
  let caseId: string;
  let ids: Map<string, string>;
  let all: string[];
  let dir: string;

  // One vault for every rule (the tests only read it, but for the text one scan is given): built once, removed after.
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-rules-'));
    ({ vault } = await Vault.create(path.join(dir, 'vault'), PASSPHRASE, { actor: 'test' }));
    caseId = await brokenCase(vault, dir);
    const items = vault.transaction((db) => listEvidence(db, caseId));
    ids = new Map(items.map((item) => [item.title, item.id]));
    all = items.map((item) => item.id);
  }, 120_000);

  afterAll(async () => {
    vault?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const check = (template: string, extra: Parameters<typeof checkDossier>[2] = {}) =>
    checkDossier(vault, caseId, { template, language: 'en', today, now, exhibitIds: all, ...extra });

  it('blocks a committee communication without the State party, the remedies exhausted or the removal', async () => {
    const report = await check('un-cat-interim-measures');
    expect(report.blocked).toBe(true);
    expect(find(report, 'field.state-party')).toMatchObject({ severity: 'block', place: { view: 'case', field: 'stateParty' } });
    expect(find(report, 'field.remedies-exhausted')).toMatchObject({ severity: 'block', place: { view: 'persecution', field: 'remediesExhausted' } });
    for (const part of ['date', 'place', 'manner']) {
      expect(find(report, `field.removal-${part}`)).toMatchObject({ severity: 'block', place: { view: 'case', field: `removal.${part}` } });
    }
    // Fields other forums require are not asked of this one.
    expect(codes(report)).not.toContain('field.destination');
    expect(codes(report)).not.toContain('field.alien-number');
  });

  it('blocks an embassy dossier without the destination, and a US court filing without the A-number', async () => {
    expect(find(await check('embassy-humanitarian-visa'), 'field.destination')).toMatchObject({ severity: 'block', place: { view: 'case', field: 'destination' } });
    expect(find(await check('us-immigration-court'), 'field.alien-number')).toMatchObject({ severity: 'block', place: { view: 'case', field: 'alienNumber' } });
  });

  it('blocks an exhibit in another language with no translation into the dossier’s, and not one that has it', async () => {
    const report = await check('national-asylum-bundle');
    expect(find(report, 'translation.missing', 'Photo of the picket')).toMatchObject({
      severity: 'block',
      place: { view: 'evidence', id: ids.get('Photo of the picket') },
      values: { language: 'ru', into: 'en' },
    });
    expect(find(report, 'translation.missing', 'Personal statement')).toBeDefined();
    expect(find(report, 'translation.missing', 'Extradition order')).toBeUndefined();
    // Left out of the export, the translation no longer covers its original.
    const without = await check('national-asylum-bundle', { exhibitIds: all.filter((id) => id !== ids.get('Extradition order: English translation')) });
    expect(find(without, 'translation.missing', 'Extradition order')).toBeDefined();
    // A template that does not require translations says nothing of them.
    expect(codes(await check('urgent-interim-measures'))).not.toContain('translation.missing');
  });

  it('warns of an exhibit with no date, a file name for a title, or no kind, and of an event with no evidence', async () => {
    const report = await check('national-asylum-bundle');
    expect(find(report, 'exhibit.no-date', 'Personal statement')).toMatchObject({ severity: 'warn', place: { view: 'evidence', field: 'date' } });
    expect(find(report, 'exhibit.no-title', 'damaged.pdf')).toMatchObject({ severity: 'warn', place: { field: 'title' } });
    expect(find(report, 'exhibit.no-kind', 'damaged.pdf')).toMatchObject({ severity: 'warn', place: { field: 'kind' } });
    expect(find(report, 'exhibit.no-date', 'Photo of the picket')).toBeUndefined();
    const event = getCaseDetail(vault, caseId).events.find((item) => item.title === 'Hearing on the extradition')!;
    expect(find(report, 'event.no-evidence', 'Hearing on the extradition')).toMatchObject({ severity: 'warn', place: { view: 'timeline', id: event.id } });
    expect(find(report, 'event.no-evidence', 'Extradition order by the Prosecutor General')).toBeUndefined();
  });

  it('warns of an exhibit the dossier will not reproduce, or only partly, as the check after the import found', async () => {
    const report = await check('national-asylum-bundle');
    expect(find(report, 'exhibit.not-reproduced', 'Voice message')).toMatchObject({ severity: 'warn', place: { view: 'evidence', id: ids.get('Voice message') } });
    expect(find(report, 'exhibit.partly-reproduced', 'damaged.pdf')).toMatchObject({ severity: 'warn', values: { pages: 1, of: 1 } });
    expect(find(report, 'exhibit.not-reproduced', 'Extradition order')).toBeUndefined();
  });

  it('warns, for a forum that wants searchable files, of a scan whose text was not read or holds none', async () => {
    const photo = ids.get('Photo of the picket')!;
    expect(find(await check('national-asylum-bundle'), 'exhibit.text-not-read', 'Photo of the picket')).toMatchObject({ severity: 'warn' });
    // Read, and found to hold no words (as OCR leaves a photo without writing).
    vault.transaction((db) => saveEvidenceText(db, getEvidence(db, photo).blobId, [], 1));
    const report = await check('national-asylum-bundle');
    expect(find(report, 'exhibit.no-text', 'Photo of the picket')).toMatchObject({ severity: 'warn', place: { view: 'evidence', id: photo } });
    // A text file is typeset, its words the page's own; the embassy does not ask for searchable files.
    expect(find(report, 'exhibit.text-not-read', 'Personal statement')).toBeUndefined();
    expect(codes(await check('embassy-humanitarian-visa')).filter((code) => code.startsWith('exhibit.no-text') || code === 'exhibit.text-not-read')).toEqual([]);
  });

  it('warns of a confidential item included, only when it is', async () => {
    expect(find(await check('national-asylum-bundle'), 'exhibit.confidential', 'Notes of counsel')).toMatchObject({ severity: 'warn', place: { field: 'confidential' } });
    // The export's default selection leaves confidential items out.
    expect(codes(await check('national-asylum-bundle', { exhibitIds: undefined }))).not.toContain('exhibit.confidential');
  });

  it('blocks a missed deadline unless done, warns of one due within 48 hours, and warns of an expired passport', async () => {
    const report = await check('national-asylum-bundle');
    expect(find(report, 'deadline.missed', 'Reply to the State party')).toMatchObject({ severity: 'block', place: { view: 'deadlines' }, values: { due: '2026-11-30' } });
    expect(find(report, 'deadline.soon', 'Comments on the assurances')).toMatchObject({ severity: 'warn', values: { due: '2026-12-02', hours: 22 } });
    expect(find(report, 'deadline.missed', 'Old reply, sent')).toBeUndefined();
    expect(find(report, 'deadline.soon', 'Observations')).toBeUndefined();
    expect(codes(report)).not.toContain('identity.expired');
    const later = await check('national-asylum-bundle', { today: '2027-06-01', now: new Date('2027-06-01T12:00:00') });
    expect(find(later, 'identity.expired', 'passport N12345678')).toMatchObject({ severity: 'warn', place: { view: 'profile', field: 'documents.0.expires' }, values: { expired: '2027-05-01' } });
  });

  it('blocks an urgent request with no key exhibit, and one whose letter is longer than the fax allows', async () => {
    const report = await check('urgent-interim-measures');
    expect(find(report, 'exhibit.no-key')).toMatchObject({ severity: 'block', place: { view: 'evidence', field: 'key' } });
    expect(find(report, 'size.front-over-limit')).toBeUndefined();
    // The plan of a letter that does not fit: pages before the first annex over the template's 10.
    const plan = { pages: 40, template: 'urgent-interim-measures', language: 'en' as const, warnings: [], undrawablePages: 0, contents: [{ title: 'Annex 1', page: 13, level: 2 as const }], pagesBeforeExhibits: 12, exhibits: [] } as DossierPlan;
    expect(find(await check('urgent-interim-measures', { plan }), 'size.front-over-limit')).toMatchObject({ severity: 'block', place: { view: 'export' }, values: { pages: 12, limit: 10 } });
  });

  it('says how many parts a dossier over the forum’s file size will need', async () => {
    const template = findTemplate('us-immigration-court')!;
    const detail = getCaseDetail(vault, caseId);
    const input = { detail, template, language: 'en' as const, today, now, translators: [], includedEvidenceIds: all };
    expect(codes(runPreflight(input))).not.toContain('size.parts');
    // The smallest limit a user may type, against a file over it: the writer's rule splits it (size-estimate.ts, parts-prediction.ts).
    const large = { ...detail, evidence: detail.evidence.map((item, index) => (index === 0 ? { ...item, size: 9_000_000, mediaType: 'application/pdf' } : item)) };
    const limited = { ...input, detail: large, maxPartBytes: 2_000_000 };
    const count = estimatedParts(limited);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(runPreflight(limited).findings.find((finding) => finding.code === 'size.parts')).toMatchObject({ severity: 'info', values: { parts: count, megabytes: 2 } });
  });

  it('lists blocks first, then warnings, then notes', async () => {
    const severities = (await check('national-asylum-bundle')).findings.map((finding) => finding.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['block', 'warn', 'info'].indexOf(a) - ['block', 'warn', 'info'].indexOf(b)));
  });
});
