// The demo case planned, checked and exported under a redaction profile, from a real vault through
// the real composer in the exhibit reader: the withheld exhibit is out of the plan and the dossier
// (a warning counts it, names none), citations of it read "not included", the pre-flight warns
// of what the profile cannot reach, and pdftotext finds no term or withheld value on any page
// Dossier typesets (the exhibits' own pages are the page redaction's, tested with it).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierCitations } from '../../src/core/dossier/dossier-citations.js';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { checkDossier } from '../../src/core/preflight/preflight.js';
import { listAudit } from '../../src/core/records/audit.js';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { getEvent, updateEvent } from '../../src/core/records/events.js';
import { getEvidence } from '../../src/core/records/evidence.js';
import { saveEvidenceText } from '../../src/core/records/evidence-text.js';
import { saveInspection } from '../../src/core/records/inspections.js';
import { saveRedactionProfile } from '../../src/core/records/redaction-profiles.js';
import { withheldValuesOf } from '../../src/core/dossier/redaction/withhold-input.js';
import type { Vault } from '../../src/core/vault/vault.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { DossierError } from '../../src/shared/errors.js';
import { findTermMatches, type WithholdableField } from '../../src/shared/redaction.js';
import { importCaseChecked } from '../support/import-checked.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const template = 'un-cat-interim-measures';
const terms = ['Sol-Iletsk', 'Kreminna', 'Aktobe'];
const fields: WithholdableField[] = ['family', 'contacts', 'documents', 'currentLocation'];

async function demoWithProfile(regionPage?: number) {
  const dir = await tempDir('redacted-export-');
  const { vault } = await newVault();
  const { caseId } = await importCaseChecked(vault, await writeDemoCase(dir));
  const detail = getCaseDetail(vault, caseId);
  const audio = detail.evidence.find((item) => item.title.startsWith('Voice message from his mother'))!;
  const event = detail.events.find((candidate) => candidate.title.startsWith('Officers visit his mother'))!;
  const scan = detail.evidence.find((item) => item.mediaType === 'application/pdf')!;
  const profile = vault.transaction((db) =>
    saveRedactionProfile(db, caseId, undefined, {
      name: 'Recipient under test',
      terms: terms.map((text) => ({ text, reason: 'address' })),
      withheldFields: fields,
      withheldEvidenceIds: [audio.id],
      withheldEventIds: [event.id],
      regions: regionPage === undefined ? [] : [{ evidenceId: scan.id, page: regionPage, x: 0.1, y: 0.1, width: 0.2, height: 0.1, reason: 'address' }],
    }),
  );
  return { dir, vault, caseId, detail, audio, event, scan, profile, values: withheldValuesOf(detail.client, fields) };
}

/** The pages Dossier typesets, by pdftotext: all but each exhibit's own pages (its separator and certificate are typeset). */
function typesetText(file: string, exhibits: { firstPage: number; contentPages: number }[]): string {
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  const own = new Set(exhibits.flatMap(({ firstPage, contentPages }) => Array.from({ length: contentPages }, (_, index) => firstPage + 1 + index)));
  return pages.filter((_, index) => !own.has(index + 1)).join('\n');
}

function leaks(text: string, needles: readonly string[]): string[] {
  // Spaces and line breaks gone too: a term broken over two lines must not slip through.
  const squeezed = text.replace(/\s+/gu, '');
  const found = findTermMatches(text, needles).map((match) => text.slice(match.start, match.end));
  const squeezedFound = findTermMatches(squeezed, needles.map((needle) => needle.replace(/\s+/gu, ''))).map((match) => squeezed.slice(match.start, match.end));
  return [...found, ...squeezedFound];
}

async function auditActions(vault: Vault): Promise<string[]> {
  return vault.transaction((db) => listAudit(db, 50).map((entry) => entry.action));
}

describe('a dossier planned, checked and exported under a redaction profile', () => {
  it('leaves the withheld out of the plan, the citations and the pages Dossier typesets', async () => {
    const { dir, vault, caseId, detail, audio, event, scan, profile, values } = await demoWithProfile();
    const options = { template, language: 'en' as const, today: DEMO_REFERENCE_DATE, redactionProfileId: profile.id };

    const plain = await planDossier(vault, caseId, { ...options, redactionProfileId: undefined });
    const plan = await planDossier(vault, caseId, options);
    expect(plain.exhibits.map((exhibit) => exhibit.evidenceId)).toContain(audio.id);
    // The voice message's translation goes with it: left in, it would print what the message says.
    const audioTranslation = detail.evidence.find((item) => item.translationOfId === audio.id)!;
    expect(plain.exhibits.map((exhibit) => exhibit.evidenceId)).toContain(audioTranslation.id);
    expect(plan.exhibits.map((exhibit) => exhibit.evidenceId)).not.toContain(audio.id);
    expect(plan.exhibits.map((exhibit) => exhibit.evidenceId)).not.toContain(audioTranslation.id);
    expect(plan.exhibits.length).toBe(plain.exhibits.length - 2);
    expect(plan.contents.map((entry) => entry.title).join('\n')).not.toContain(audio.title);
    expect(plan.contents.map((entry) => entry.title).join('\n')).not.toContain(audioTranslation.title);
    // How many, never which: the translation counts too.
    const warning = plan.warnings.find((text) => text.includes('withheld by the redaction profile'));
    expect(warning).toBe('2 exhibit(s) withheld by the redaction profile "Recipient under test" were left out.');

    // The argument cites the withheld voice message: the report and the dossier say it is not included.
    // A citation in the withheld event's own text is not printed at all.
    vault.transaction((db) => {
      const { id: _id, caseId: _caseId, sortDate: _sortDate, evidenceIds, ...fields } = getEvent(db, event.id);
      updateEvent(db, event.id, { ...fields, description: `${fields.description} [[cite:${scan.id} p.1]]` }, evidenceIds);
    });
    const citations = await dossierCitations(vault, caseId, options);
    const ofAudio = citations.filter((entry) => entry.citation.evidenceId === audio.id);
    expect(ofAudio.length).toBeGreaterThan(0);
    expect(ofAudio.every((entry) => entry.problem === 'excluded')).toBe(true);
    expect(citations.filter((entry) => entry.place.recordId === event.id)).toEqual([expect.objectContaining({ printed: false })]);
    expect((await dossierCitations(vault, caseId, { ...options, redactionProfileId: undefined })).filter((entry) => entry.place.recordId === event.id)).toEqual([
      expect.not.objectContaining({ printed: false }),
    ]);

    const out = path.join(dir, 'embassy.pdf');
    const result = await exportDossier(vault, caseId, out, options);
    expect(result.exhibits.map((exhibit) => exhibit.title)).not.toContain(audio.title);
    expect(result.pages).toBe(plan.pages);
    const text = typesetText(out, plan.exhibits);
    expect(leaks(text, [...terms, ...values])).toEqual([]);
    expect(text).toContain('[redacted]');
    expect(text).toContain('an exhibit not included in this dossier');
    expect(text).not.toContain(audio.title);
    // The same case without the profile prints them: the test would see a leak.
    const plainOut = path.join(dir, 'plain.pdf');
    await exportDossier(vault, caseId, plainOut, { ...options, redactionProfileId: undefined });
    expect(leaks(typesetText(plainOut, plain.exhibits), terms).length).toBeGreaterThan(0);

    // The audit log names the profile by its id, never a term.
    const actions = await auditActions(vault);
    const exported = actions.find((action) => action.startsWith('dossier.export redaction'));
    // The profile's id only: its name can name the recipient.
    expect(exported).toBe(`dossier.export redaction ${profile.id}`);
    expect(actions.join('\n')).not.toContain('Recipient under test');
    expect(leaks(actions.join('\n'), [...terms, ...values])).toEqual([]);
  }, 600_000);

  it('marks in Russian, where the case’s Russian versions are printed', async () => {
    const { dir, vault, caseId, values } = await demoWithProfile();
    const russian = vault.transaction((db) =>
      saveRedactionProfile(db, caseId, undefined, {
        name: 'Russian recipient under test',
        terms: [{ text: 'Соль-Илецк', reason: 'address' }, ...terms.map((text) => ({ text, reason: 'address' as const }))],
        withheldFields: fields,
      }),
    );
    const options = { template, language: 'ru' as const, today: DEMO_REFERENCE_DATE };
    const plain = await planDossier(vault, caseId, options);
    const plainOut = path.join(dir, 'plain-ru.pdf');
    await exportDossier(vault, caseId, plainOut, options);
    // The Russian statement names the town ("в Соль-Илецке"); the profile takes it out.
    expect(leaks(typesetText(plainOut, plain.exhibits), ['Соль-Илецк']).length).toBeGreaterThan(0);
    const plan = await planDossier(vault, caseId, { ...options, redactionProfileId: russian.id });
    const out = path.join(dir, 'russian.pdf');
    await exportDossier(vault, caseId, out, { ...options, redactionProfileId: russian.id });
    const text = typesetText(out, plan.exhibits);
    expect(leaks(text, ['Соль-Илецк', ...terms, ...values])).toEqual([]);
    expect(text).toContain('[изъято]');
    expect(text).not.toContain('[redacted]');
  }, 600_000);

  it('warns of a withheld exhibit cited, a box off its page and a term in a file it cannot redact', async () => {
    const { vault, caseId, audio, event, scan, profile } = await demoWithProfile(3);
    // The file read again by a newer inspector counts one page now: the box drawn on its third hides nothing.
    vault.transaction((db) => saveInspection(db, getEvidence(db, scan.id).blobId, { kind: 'pages', pageCount: 1 }));
    const options = { template, language: 'en' as const, today: DEMO_REFERENCE_DATE, now: new Date(`${DEMO_REFERENCE_DATE}T12:00:00`) };
    const report = await checkDossier(vault, caseId, { ...options, redactionProfileId: profile.id });
    const codes = (code: string) => report.findings.filter((finding) => finding.code === code);
    expect(codes('redaction.cited-withheld').length).toBeGreaterThan(0);
    expect(codes('redaction.cited-withheld').every((finding) => finding.severity === 'warn')).toBe(true);
    // Left out on purpose: not the block a left-out exhibit's citation is otherwise.
    expect(report.findings.filter((finding) => finding.code === 'citation.excluded')).toEqual([]);
    expect(codes('redaction.region-off-page')).toEqual([
      { code: 'redaction.region-off-page', severity: 'warn', place: { view: 'evidence', id: scan.id }, subject: scan.title, values: { pages: '3', pageCount: 1 } },
    ]);
    // The voice message's translation is withheld with it: a text citing the translation warns as
    // withheld, not as a citation of an exhibit left out (nor one of the plan's exhibits).
    const translation = getCaseDetail(vault, caseId).evidence.find((item) => item.translationOfId === audio.id)!;
    const printed = getCaseDetail(vault, caseId).events.find((candidate) => candidate.id !== event.id && candidate.description)!;
    vault.transaction((db) => {
      const { id: _id, caseId: _caseId, sortDate: _sortDate, evidenceIds, ...fields } = getEvent(db, printed.id);
      updateEvent(db, printed.id, { ...fields, description: `${fields.description} [[cite:${translation.id} p.1]]` }, evidenceIds);
    });
    const citing = (await checkDossier(vault, caseId, { ...options, redactionProfileId: profile.id })).findings.filter((finding) => finding.place.id === printed.id);
    expect(citing.map((finding) => finding.code)).toContain('redaction.cited-withheld');
    expect(citing.filter((finding) => finding.code.startsWith('citation.'))).toEqual([]);
    // The withheld event is not printed: nothing is said of it. Withholding only the voice message
    // it rests on leaves it printed with no exhibit, which the pre-flight says.
    expect(report.findings.filter((finding) => finding.place.id === event.id)).toEqual([]);
    const unsupported = (findings: { code: string; place: { id?: string } }[]) => findings.filter((finding) => finding.code === 'event.no-evidence' && finding.place.id === event.id);
    const audioOnly = vault.transaction((db) => saveRedactionProfile(db, caseId, undefined, { name: 'Audio only under test', withheldEvidenceIds: [audio.id] }));
    expect(unsupported((await checkDossier(vault, caseId, options)).findings)).toEqual([]);
    expect(unsupported((await checkDossier(vault, caseId, { ...options, redactionProfileId: audioOnly.id })).findings)).toHaveLength(1);
    // The audio is withheld here, so its words do not matter yet.
    expect(codes('redaction.unremovable')).toEqual([]);

    // A transcript of the voice message, kept as its text: a profile that sends the audio cannot take the term out of it.
    const blobId = vault.transaction((db) => getEvidence(db, audio.id).blobId);
    vault.transaction((db) =>
      saveEvidenceText(db, blobId, [{ source: 'plain_text', page: { page: 1, width: 1, height: 1, text: 'They came to the house in Sol-Iletsk again.', lines: [], confidence: 100, languages: ['en'] } }], 1),
    );
    const sending = vault.transaction((db) => saveRedactionProfile(db, caseId, undefined, { name: 'Court under test', terms: [{ text: 'sol-iletsk', reason: 'address' }] }));
    const court = await checkDossier(vault, caseId, { ...options, redactionProfileId: sending.id });
    expect(court.findings.filter((finding) => finding.code === 'redaction.unremovable')).toEqual([
      { code: 'redaction.unremovable', severity: 'warn', place: { view: 'evidence', id: audio.id }, subject: audio.title, values: { terms: 1 } },
    ]);
    expect(court.findings.filter((finding) => finding.code.startsWith('redaction.') && finding.code !== 'redaction.unremovable')).toEqual([]);
  }, 600_000);

  it('refuses a profile the case does not hold', async () => {
    const { vault, caseId } = await demoWithProfile();
    const error = await planDossier(vault, caseId, { template, language: 'en', redactionProfileId: 'no-such-profile' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('NOT_FOUND');
  }, 300_000);
});
