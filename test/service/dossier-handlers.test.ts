// The window's dossier calls through the real dispatch: templates, the plan (contents with page
// numbers, no file written) and the export as a cancellable job, read back with pdf.js.
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { formatPartialDate } from '../../src/shared/format/dates.js';
import { planDossier } from '../../src/core/dossier/export-dossier.js';
import { dossierHandlers } from '../../src/core/service/dossier-handlers.js';
import { evidenceHandlers } from '../../src/core/service/evidence-handlers.js';
import type { AppEvent } from '../../src/shared/contract.js';
import { forums } from '../../src/shared/models.js';
import { flatText, readPdf, type OutlineEntry } from '../support/pdf-reader.js';
import { writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { caller, failure, harness, wav } from './context-harness.js';

type Progress = Extract<AppEvent, { type: 'progress' }>;

/** "Today" for the exporter here: the date the cover prints and counts deadlines from. */
const TODAY = '2026-11-20';
const options = { today: () => TODAY };

/** The sample case (photo, order, statement) and `extra` one-line statements imported through the window's call. */
async function sampleCase(extra = 0) {
  const h = await harness();
  const call = caller({ ...evidenceHandlers(h.ctx), ...dossierHandlers(h.ctx, options) });
  const dir = await tempDir();
  const { caseId } = await importCase(h.vault, await writeSampleCase(dir));
  const files: string[] = [];
  for (let index = 1; index <= extra; index += 1) {
    const file = path.join(dir, `witness ${index}.txt`);
    await writeFile(file, `Witness statement number ${index}.\n`);
    files.push(file);
  }
  if (files.length > 0) await call('evidence.import', { caseId, files, jobId: 'import-job-0001' });
  h.events.length = 0;
  const evidence = await call('evidence.list', { caseId });
  return { h, call, dir, caseId, evidence, ids: evidence.map((item) => item.id) };
}

function flattenOutline(entries: OutlineEntry[]): { title: string; page: number }[] {
  return entries.flatMap((entry) => [{ title: entry.title, page: entry.target + 1 }, ...flattenOutline(entry.children)]);
}

describe('dossier.templates', () => {
  it('lists every template with its description and the forums it is the default for, each forum once', async () => {
    const h = await harness();
    const call = caller(dossierHandlers(h.ctx, options));
    const templates = await call('dossier.templates', undefined);
    expect(templates.map((template) => template.id)).toEqual(['embassy-humanitarian-visa', 'un-cat-interim-measures', 'national-asylum-bundle', 'us-immigration-court', 'urgent-interim-measures']);
    expect(templates.find((template) => template.id === 'un-cat-interim-measures')!.forums).toEqual(['un_cat', 'un_hrc']);
    // Only a template with an interim-measures section prints the dates marked "state in the filing".
    expect(templates.filter((template) => template.statesFilingDates).map((template) => template.id)).toEqual(['un-cat-interim-measures']);
    expect(templates.every((template) => template.description.length > 20)).toBe(true);
    expect(templates.flatMap((template) => template.forums).sort()).toEqual([...forums].sort());
  });
});

describe('dossier.plan', () => {
  it('gives the page count and the contents the export then prints, page numbers included, without writing a file', async () => {
    // Enough exhibits for a contents two pages long, so the numbers had to settle.
    const { call, dir, caseId, ids } = await sampleCase(45);
    const choice = { caseId, template: 'embassy-humanitarian-visa', language: 'ru' as const, exhibitIds: ids };
    const before = await readdir(dir);

    const plan = await call('dossier.plan', choice);
    expect(await readdir(dir)).toEqual(before);
    expect(plan.contents[0]!.page).toBe(4); // cover, two pages of contents, then the first section
    expect(plan.contents.filter((entry) => entry.level === 2)).toHaveLength(48);
    expect(plan.contents.find((entry) => entry.title.startsWith('Приложение 1 — '))).toMatchObject({ level: 2 });

    const file = path.join(dir, 'dossier.pdf');
    const result = await call('dossier.export', { ...choice, file, overrideBlocks: true, jobId: 'export-job-0001' });
    const pdf = await readPdf(file);
    expect(plan.pages).toBe(result.pages);
    expect(pdf.pageCount).toBe(plan.pages);

    // The bookmarks land where the plan said, entry for entry.
    const outline = flattenOutline(pdf.outline).filter((entry) => entry.title !== 'Содержание');
    expect(outline).toEqual(plan.contents.map(({ title, page }) => ({ title, page })));
    // The contents pages print the same entries and link to the same pages.
    const contentsPages = pdf.pages.slice(1, plan.contents[0]!.page - 1);
    expect(contentsPages).toHaveLength(2);
    expect(contentsPages.flatMap((page) => page.links.map((link) => link.target + 1))).toEqual(plan.contents.map((entry) => entry.page));
    const contentsText = flatText(contentsPages.map((page) => page.text).join(' '));
    for (const entry of plan.contents) expect(contentsText).toContain(entry.title);
  });

  it('places a translation right after its original, whatever order the exhibits were chosen in', async () => {
    const { call, caseId, evidence } = await sampleCase(2);
    const original = evidence.find((item) => item.originalName === 'order.pdf')!;
    const translation = evidence.find((item) => item.originalName === 'witness 1.txt')!;
    const other = evidence.find((item) => item.originalName === 'witness 2.txt')!;
    await call('evidence.update', { id: translation.id, metadata: { title: 'Translation of the order', kind: 'translation' }, translationOfId: original.id });

    const plan = await call('dossier.plan', { caseId, template: 'embassy-humanitarian-visa', language: 'en', exhibitIds: [translation.id, other.id, original.id] });
    expect(plan.contents.filter((entry) => entry.level === 2).map((entry) => entry.title)).toEqual([
      'Annex 1 — witness 2',
      'Annex 2 — Extradition order',
      'Annex 2.1 — Translation of the order',
      // Each translation is followed by its certificate (issue 15), listed in the contents.
      'Certificate of translation — Annex 2.1',
    ]);
  });

  it('keeps a translation of a translation in a dossier of every item, after the one it translates', async () => {
    const { h, call, caseId, evidence } = await sampleCase(2);
    const [first, second] = evidence.filter((item) => item.originalName.startsWith('witness'));
    const original = evidence.find((item) => item.originalName === 'statement.txt')!;
    await call('evidence.update', { id: first!.id, metadata: { title: 'Russian translation', kind: 'translation' }, translationOfId: original.id });
    await call('evidence.update', { id: second!.id, metadata: { title: 'English from the Russian', kind: 'translation' }, translationOfId: first!.id });

    const plan = await planDossier(h.vault, caseId, { template: 'embassy-humanitarian-visa' });
    const exhibits = plan.contents
      .filter((entry) => entry.level === 2 && !entry.title.startsWith('Certificate of translation'))
      .map((entry) => entry.title.replace(/^Annex [\d.]+ — /, ''));
    expect(exhibits).toHaveLength(evidence.length);
    expect(exhibits.slice(exhibits.indexOf('Personal statement'))).toEqual(['Personal statement', 'Russian translation', 'English from the Russian']);
  });

  it('names an unknown template and refuses evidence of another case', async () => {
    const { h, call, caseId } = await sampleCase();
    const unknown = await failure(call('dossier.plan', { caseId, template: 'consular-letter', language: 'en', exhibitIds: [] }));
    expect(unknown).toEqual({ code: 'INVALID_INPUT', message: 'There is no dossier template "consular-letter".' });
    const otherCase = await importCase(h.vault, await writeSampleCase(await tempDir()));
    const elsewhere = otherCase.imported[0]!.evidenceId;
    const foreign = await failure(call('dossier.plan', { caseId, template: 'national-asylum-bundle', language: 'en', exhibitIds: [elsewhere] }));
    expect(foreign).toEqual({ code: 'NOT_FOUND', message: `Evidence ${elsewhere} is not part of this case.` });
  });

  it('fails with VAULT_LOCKED, not a damaged-file error, when the vault locks while it reads the exhibits', async () => {
    const { h, call, caseId, ids } = await sampleCase();
    // The call reads the case at once, then awaits the exhibits' bytes: the lock zeroes the key in between.
    const planning = call('dossier.plan', { caseId, template: 'national-asylum-bundle', language: 'en', exhibitIds: ids });
    h.lock();
    expect(await failure(planning)).toEqual({
      code: 'VAULT_LOCKED',
      message: 'The vault was locked while the dossier was being planned; unlock it to see the plan.',
    });
  });
});

describe('dossier.export', () => {
  it('writes a real PDF, reporting progress by phase and exhibit, with the warnings of what it could not reproduce', async () => {
    const { h, call, dir, caseId, evidence } = await sampleCase();
    const wavFile = path.join(dir, 'voicemail.wav');
    await writeFile(wavFile, wav());
    const [voicemail] = (await call('evidence.import', { caseId, files: [wavFile], jobId: 'import-job-0002' })).imported;
    h.events.length = 0;

    const file = path.join(dir, 'Sadykova dossier.PDF');
    const exhibitIds = [...evidence.map((item) => item.id), voicemail!.id];
    const result = await call('dossier.export', { caseId, template: 'un-cat-interim-measures', language: 'en', exhibitIds, file, overrideBlocks: true, jobId: 'export-job-0001' });

    expect(result.file).toBe(file);
    expect(result.bytes).toBe((await stat(file)).size);
    const pdf = await readPdf(file);
    expect(pdf.pageCount).toBe(result.pages);
    expect(flatText(pdf.pages[0]!.text)).toContain('Aigerim Nurlanovna Sadykova');
    // The cover is dated by the user's calendar (the service passes its local day), not the clock's UTC day.
    expect(flatText(pdf.pages[0]!.text)).toContain(`Prepared on ${formatPartialDate(TODAY, 'en')}`);
    expect(result.warnings).toEqual([expect.stringMatching(/^Annex 4 \(voicemail\.wav\) is not reproduced: an audio recording/)]);

    const progress = h.events as Progress[];
    expect(progress.every((event) => event.type === 'progress' && event.jobId === 'export-job-0001')).toBe(true);
    const phases = progress.map((event) => event.phase).filter((phase, index, all) => phase !== all[index - 1]);
    expect(phases).toEqual(['reading', 'composing', 'exhibits', 'finishing']);
    expect(progress.filter((event) => event.phase === 'exhibits').map((event) => [event.done, event.total, event.label])).toEqual([
      [0, 4, 'Annex 1'],
      [1, 4, 'Annex 2'],
      [2, 4, 'Annex 3'],
      [3, 4, 'Annex 4'],
    ]);
    expect(progress.at(-1)).toMatchObject({ phase: 'finishing', done: 1, total: 1 });

    // In a Russian dossier the warning is Russian from end to end, whatever the window speaks.
    const russian = await call('dossier.plan', { caseId, template: 'un-cat-interim-measures', language: 'ru', exhibitIds });
    expect(russian.warnings).toEqual(['Приложение 4 (voicemail.wav) не воспроизводится: аудиозапись нельзя воспроизвести на бумаге.']);
  });

  it('leaves no file behind when cancelled, and fails with CANCELLED', async () => {
    const { h, call, dir, caseId, ids } = await sampleCase(3);
    const file = path.join(dir, 'cancelled.pdf');
    h.onEvent = (event) => {
      if (event.type === 'progress' && event.phase === 'exhibits' && event.done === 1) h.jobs.cancel('export-job-0002');
    };
    const before = await readdir(dir);
    const error = await failure(call('dossier.export', { caseId, template: 'national-asylum-bundle', language: 'fr', exhibitIds: ids, file, overrideBlocks: true, jobId: 'export-job-0002' }));
    expect(error).toEqual({ code: 'CANCELLED', message: 'The export was cancelled; no file was written.' });
    expect(await readdir(dir)).toEqual(before);
    expect(() => h.jobs.start('export-job-0002')).not.toThrow();
  });

  it('refuses a target that is not a PDF with its full location, a missing folder and an unknown template, before starting', async () => {
    const { h, call, dir, caseId, ids } = await sampleCase();
    const choice = { caseId, template: 'national-asylum-bundle', language: 'en' as const, exhibitIds: ids, overrideBlocks: true, jobId: 'export-job-0003' };
    const relative = await failure(call('dossier.export', { ...choice, file: 'dossier.pdf' }));
    expect(relative.code).toBe('INVALID_INPUT');
    expect(relative.message).toContain('"dossier.pdf"');
    expect((await failure(call('dossier.export', { ...choice, file: path.join(dir, 'dossier.docx') }))).code).toBe('INVALID_INPUT');
    const missing = await failure(call('dossier.export', { ...choice, file: path.join(dir, 'no such folder', 'dossier.pdf') }));
    expect(missing).toEqual({ code: 'INVALID_INPUT', message: `The folder ${path.join(dir, 'no such folder')} does not exist; choose another place to save the dossier.` });
    const template = await failure(call('dossier.export', { ...choice, template: 'nope', file: path.join(dir, 'dossier.pdf') }));
    expect(template).toEqual({ code: 'INVALID_INPUT', message: 'There is no dossier template "nope".' });
    expect(h.events).toEqual([]);
    expect(() => h.jobs.start('export-job-0003')).not.toThrow();
  });

  it('refuses a target that is an existing folder, leaving it as it was', async () => {
    const { h, call, dir, caseId, ids } = await sampleCase();
    const folder = path.join(dir, 'looks like a file.pdf');
    await mkdir(folder);
    const error = await failure(call('dossier.export', { caseId, template: 'national-asylum-bundle', language: 'en', exhibitIds: ids, file: folder, overrideBlocks: true, jobId: 'export-job-0005' }));
    expect(error).toEqual({ code: 'INVALID_INPUT', message: `${folder} is a folder, not a file; choose another name for the dossier.` });
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect(await readdir(folder)).toEqual([]);
    expect(h.events).toEqual([]);
  });

  it('refuses to work on a locked vault', async () => {
    const { h, call, dir, caseId, ids } = await sampleCase();
    h.lock();
    const error = await failure(call('dossier.export', { caseId, template: 'national-asylum-bundle', language: 'en', exhibitIds: ids, file: path.join(dir, 'x.pdf'), overrideBlocks: true, jobId: 'export-job-0004' }));
    expect(error.code).toBe('VAULT_LOCKED');
    expect((await failure(call('dossier.plan', { caseId, template: 'national-asylum-bundle', language: 'en', exhibitIds: ids }))).code).toBe('VAULT_LOCKED');
  });

  it('says the vault locked, not that the user cancelled, when a lock stops the export; no file is left and no progress follows', async () => {
    const { h, call, dir, caseId, ids } = await sampleCase(2);
    h.onEvent = (event) => {
      if (event.type === 'progress' && event.phase === 'exhibits' && event.done === 1) h.lock();
    };
    const before = await readdir(dir);
    const error = await failure(
      call('dossier.export', { caseId, template: 'national-asylum-bundle', language: 'en', exhibitIds: ids, file: path.join(dir, 'locked.pdf'), overrideBlocks: true, jobId: 'export-job-0006' }),
    );
    expect(error).toEqual({ code: 'VAULT_LOCKED', message: 'The vault was locked during the export; no file was written.' });
    expect(await readdir(dir)).toEqual(before);
    const last = h.events.at(-1) as Progress;
    expect([last.phase, last.done]).toEqual(['exhibits', 1]);
    expect(() => h.jobs.start('export-job-0006')).not.toThrow();
  });
});

