// The demo case is the first thing a new user runs: it must write the same files every time,
// every file must be what its name says (read back with poppler, qpdf and sharp, not with the
// library that wrote it), and it must import into a real vault with nothing refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { DEMO_REFERENCE_DATE } from '../../src/demo/demo-case.js';
import { demoFiles, FICTION_NOTE, MEDICAL_REPORT_PASSWORD } from '../../src/demo/demo-evidence.js';
import { demoTranslations } from '../../src/demo/demo-translations.js';
import { writeDemoCase } from '../../src/demo/write-demo-case.js';
import { addDays } from '../../src/shared/dates.js';
import { caseImportSchema, type CaseImport } from '../../src/shared/import-format.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

async function writtenDemo(): Promise<{ dir: string; jsonPath: string; doc: CaseImport }> {
  const dir = await tempDir('dossier-demo-');
  const jsonPath = await writeDemoCase(dir);
  const doc = caseImportSchema.parse(JSON.parse(await readFile(jsonPath, 'utf8')));
  return { dir, jsonPath, doc };
}

const pdfFiles = Object.values(demoFiles).filter((name) => name.endsWith('.pdf'));

const encryptedFiles = new Set<string>([demoFiles.medicalReport, demoFiles.asylumRuling]);

function pdfinfo(file: string, ...options: string[]): string {
  return execFileSync('pdfinfo', [...options, file], { encoding: 'utf8' });
}

describe('demo case', () => {
  it('writes the same bytes on every run, but for the freshly keyed encrypted PDFs', async () => {
    const first = await writtenDemo();
    const second = await writtenDemo();
    const names = await readdir(first.dir);
    expect(names.sort()).toEqual((await readdir(second.dir)).sort());
    expect(names).toHaveLength(Object.keys(demoFiles).length + 1);
    for (const name of names.filter((file) => !encryptedFiles.has(file))) {
      const [a, b] = await Promise.all([readFile(path.join(first.dir, name)), readFile(path.join(second.dir, name))]);
      expect(a.equals(b), name).toBe(true);
    }
  });

  it('writes a valid CASE.json, fictional on its face, whose every file exists', async () => {
    const { dir, jsonPath } = await writtenDemo();
    expect(path.basename(jsonPath)).toBe('CASE.json');
    const parsed = caseImportSchema.safeParse(JSON.parse(await readFile(jsonPath, 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const doc = parsed.data!;
    expect(doc.client.notes).toContain(FICTION_NOTE);
    expect(doc.persecution?.remediesExhausted).toBeTruthy();
    expect(doc.persecution?.interimMeasures).toBeTruthy();
    expect(new Set(doc.events.map((event) => event.precision))).toEqual(new Set(['day', 'month', 'year', 'approximate', 'before', 'after', 'range']));
    expect(doc.events.some((event) => event.status === 'disputed')).toBe(true);
    const files = new Set(await readdir(dir));
    for (const item of doc.evidence) expect(files.has(item.file), item.file).toBe(true);
    expect(new Set(doc.evidence.map((item) => item.file))).toEqual(new Set(Object.values(demoFiles)));
    const statement = await readFile(path.join(dir, demoFiles.statement), 'utf8');
    expect(statement).toContain(FICTION_NOTE);
    expect(statement).toMatch(/[әғқңөұүһі]/);
    const totalBytes = (await Promise.all([...files].map((name) => readFile(path.join(dir, name))))).reduce((sum, bytes) => sum + bytes.length, 0);
    expect(totalBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('writes PDFs poppler reads: rotated, landscape and Letter pages, one owner-locked, one needing a password', async () => {
    const { dir } = await writtenDemo();
    const locked = path.join(dir, demoFiles.medicalReport);
    for (const name of pdfFiles) {
      const file = path.join(dir, name);
      if (file === locked) continue;
      const info = pdfinfo(file);
      expect(info, name).toMatch(/^Pages:\s+[1-9]/m);
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), name).toContain('FICTIONAL DEMO');
    }
    const pages = (name: string) => pdfinfo(path.join(dir, name), '-f', '1', '-l', '99');
    expect(pages(demoFiles.caseOpening)).toMatch(/^Page\s+3 size:\s+841\.89 x 595\.28/m);
    expect(pages(demoFiles.arrestRuling)).toMatch(/^Page\s+3 rot:\s+90/m);
    expect(pdfinfo(path.join(dir, demoFiles.extraditionOrderEnglish))).toMatch(/^Page size:\s+612 x 792 pts \(letter\)/m);

    // Opens without a password, yet is encrypted, as rulings from court systems often are.
    const ownerLocked = path.join(dir, demoFiles.asylumRuling);
    expect(pdfinfo(ownerLocked)).toMatch(/^Encrypted:\s+yes \(print:yes copy:no change:no/m);
    const encryption = execFileSync('qpdf', ['--show-encryption', ownerLocked], { encoding: 'utf8' });
    expect(encryption).not.toContain('File is not encrypted');
    expect(encryption).toContain('Supplied password is user password');
    expect(execFileSync('pdftotext', [ownerLocked, '-'], { encoding: 'utf8' })).toContain('ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН');

    const refused = spawnSync('pdfinfo', [locked], { encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('Incorrect password');
    // A real PDF behind the password, not a file that merely fails to parse.
    expect(pdfinfo(locked, '-upw', MEDICAL_REPORT_PASSWORD)).toMatch(/^Pages:\s+2/m);
  });

  it('writes images sharp reads, the phone photo stored sideways with EXIF orientation 6', async () => {
    const { dir } = await writtenDemo();
    const metadata = async (name: string) => sharp(path.join(dir, name)).metadata();
    const wanted = await metadata(demoFiles.wantedNotice);
    expect(wanted).toMatchObject({ format: 'jpeg', orientation: 6 });
    // Stored lying on its side: wider than tall, upright only once the orientation is applied.
    expect(wanted.width).toBeGreaterThan(wanted.height);
    expect(wanted.autoOrient.height).toBeGreaterThan(wanted.autoOrient.width);
    expect(await metadata(demoFiles.picketPhoto)).toMatchObject({ format: 'png' });
    expect(await metadata(demoFiles.telegramPost)).toMatchObject({ format: 'webp' });
    expect(await metadata(demoFiles.passportScan)).toMatchObject({ format: 'tiff', pages: 2 });
    for (const name of [demoFiles.wantedNotice, demoFiles.picketPhoto, demoFiles.telegramPost, demoFiles.passportScan]) {
      const { width, height } = await metadata(name);
      expect(width * height, name).toBeLessThanOrEqual(2_000_000);
    }
    const wav = await readFile(path.join(dir, demoFiles.motherVoiceMessage));
    expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('latin1', 8, 16)).toBe('WAVEfmt ');
  });

  it('imports into a vault with nothing refused, the expected media types and every link resolved', async () => {
    const { jsonPath, doc } = await writtenDemo();
    const { vault } = await newVault();
    const report = await importCase(vault, jsonPath);
    expect(report.refused).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(Object.fromEntries(report.imported.map((item) => [item.file, item.mediaType]))).toEqual({
      [demoFiles.passportScan]: 'image/tiff',
      [demoFiles.picketPhoto]: 'image/png',
      [demoFiles.telegramPost]: 'image/webp',
      [demoFiles.caseOpening]: 'application/pdf',
      [demoFiles.arrestRuling]: 'application/pdf',
      [demoFiles.wantedNotice]: 'image/jpeg',
      [demoFiles.motherVoiceMessage]: 'audio/wav',
      [demoFiles.medicalReport]: 'application/pdf',
      [demoFiles.statement]: 'text/plain',
      [demoFiles.asylumRuling]: 'application/pdf',
      [demoFiles.extraditionOrder]: 'application/pdf',
      [demoFiles.extraditionOrderEnglish]: 'application/pdf',
      [demoFiles.assurances]: 'application/pdf',
      // The translations of what is not in English, plain text (demo-translations.ts).
      ...Object.fromEntries(demoTranslations.map((translation) => [translation.file, 'text/plain'])),
    });

    const detail = getCaseDetail(vault, report.caseId);
    const idOf = Object.fromEntries(report.imported.map((item) => [item.key, item.evidenceId]));
    const byId = new Map(detail.evidence.map((item) => [item.id, item]));
    expect(detail.evidence.every((item) => item.nameMatchesContent)).toBe(true);
    expect(byId.get(idOf['extradition-order-en']!)?.translationOfId).toBe(idOf['extradition-order']);
    expect(byId.get(idOf['assurances']!)?.partOfId).toBe(idOf['extradition-order']);
    expect(detail.events).toHaveLength(doc.events.length);
    for (const event of doc.events) {
      const stored = detail.events.find((candidate) => candidate.title === event.title);
      expect(stored?.evidenceIds.sort(), event.title).toEqual(event.evidence.map((key) => idOf[key]).sort());
    }
    expect(detail.persecution?.interimMeasures).toContain('rule 114');

    // On the demo's own "today" the next deadlines are days away, the extradition appeal first.
    const nextMonth = detail.deadlines.filter((deadline) => deadline.due >= DEMO_REFERENCE_DATE && deadline.due <= addDays(DEMO_REFERENCE_DATE, 30));
    expect(nextMonth.map((deadline) => [deadline.due, deadline.rule ?? deadline.origin])).toEqual([
      ['2026-03-18', 'manual'],
      ['2026-03-19', 'manual'],
      ['2026-03-21', 'extradition-order-appeal'],
      ['2026-03-28', 'decision-appeal'],
      ['2026-04-08', 'detention-term-end'],
    ]);
    expect(detail.deadlines.find((deadline) => deadline.rule === 'identity-document-expiry')?.due).toBe('2026-07-29');
    // The import's deadlineMarks: the demo's request for interim measures states the end of the appeal window.
    expect(detail.deadlines.filter((deadline) => deadline.inFiling).map((deadline) => [deadline.rule, deadline.due])).toEqual([['extradition-order-appeal', '2026-03-21']]);
    vault.close();
  });
});
