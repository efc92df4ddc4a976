// The password of a protected PDF, through the real dispatch against a real vault, a real
// exhibit reader and a real AES-256 PDF (test/fixtures/order-protected.pdf): a right one is kept
// in the encrypted database and the dossier's selection carries it; a wrong one is refused at once
// and nothing is kept; it never reaches the list, the search index, the audit log, an error
// message, the console or the disk in clear; the file stays byte for byte.
import { spawnSync } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { readDossierInput } from '../../src/core/dossier/dossier-selection.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { listAudit } from '../../src/core/records/audit.js';
import { removeEvidence } from '../../src/core/records/evidence.js';
import { getPdfPassword, savePdfPassword } from '../../src/core/records/pdf-passwords.js';
import { search } from '../../src/core/records/search-index.js';
import { insertCase } from '../../src/core/records/cases.js';
import { insertClient } from '../../src/core/records/clients.js';
import { evidenceHandlers } from '../../src/core/service/evidence-handlers.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import type { EvidenceListItem } from '../../src/shared/contract.js';
import { sha256File } from '../support/corpus.js';
import { PROTECTED_PDF, PROTECTED_PDF_PAGES, PROTECTED_PDF_PASSWORD } from '../support/protected-pdf.js';
import { tempDir } from '../support/temp-dir.js';
import { caller, evidenceCaller, failure, fixturesDir, harness, type Harness } from './context-harness.js';
import { writeCaseFile } from '../support/sample-case.js';

const WRONG = 'not the statement password';

async function setUp() {
  const h = await harness();
  const { call, checked } = evidenceCaller(h);
  const caseId = h.vault.transaction((db) => insertCase(db, insertClient(db, { fullName: 'Test Client' }).id, { title: 'Bank records', forum: 'unhcr' }).id);
  /** Imports one file through the window's method and waits for the check that follows: the item with its badge. */
  const importOne = async (file: string): Promise<EvidenceListItem> => {
    const { imported } = await call('evidence.import', { caseId, files: [file], jobId: 'password-job-01' });
    expect(imported).toHaveLength(1);
    await checked();
    return (await call('evidence.list', { caseId })).find((item) => item.id === imported[0]!.id)!;
  };
  return { h, call, caseId, importOne };
}

/** Everything the vault folder holds on disk, the database, its WAL and the encrypted files, as one buffer. */
async function vaultBytes(h: Harness): Promise<Buffer> {
  const files = (await readdir(h.dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Buffer.concat(await Promise.all(files.map((entry) => readFile(path.join(entry.parentPath, entry.name)))));
}

/** Every console line the test's process writes while `work` runs. */
async function consoleDuring(work: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' '))),
  );
  onTestFinished(() => spies.forEach((spy) => spy.mockRestore()));
  try {
    await work();
  } catch {
    // The caller looks at the outcome itself.
  }
  return lines.join('\n');
}

describe('the test fixture', () => {
  it('is a two-page PDF that poppler opens with its password only', () => {
    const without = spawnSync('pdfinfo', [PROTECTED_PDF], { encoding: 'utf8' });
    expect(without.status).not.toBe(0);
    const opened = spawnSync('pdfinfo', ['-upw', PROTECTED_PDF_PASSWORD, PROTECTED_PDF], { encoding: 'utf8' });
    expect(opened.stdout).toMatch(new RegExp(`Pages:\\s+${PROTECTED_PDF_PAGES}`));
    expect(opened.stdout).toMatch(/Encrypted:\s+yes .*AES-256/);
  });
});

describe('evidence.setPdfPassword', () => {
  it('refuses a wrong password at once with WRONG_PASSWORD, in words that do not repeat it, and keeps nothing', async () => {
    const { h, call, caseId, importOne } = await setUp();
    const item = await importOne(PROTECTED_PDF);
    expect(item).toMatchObject({ dossierSupport: 'not_reproduced', supportReason: 'needs_password' });
    const auditBefore = h.vault.transaction((db) => listAudit(db)).length;

    const refused = await failure(call('evidence.setPdfPassword', { id: item.id, password: WRONG }));
    expect(refused).toEqual({ code: 'WRONG_PASSWORD', message: 'The password does not open "order-protected". Nothing was kept.' });
    expect(h.vault.transaction((db) => getPdfPassword(db, item.id))).toBeUndefined();
    // The badge is as it was, and nothing was audited.
    const [listed] = await call('evidence.list', { caseId });
    expect(listed).toMatchObject({ dossierSupport: 'not_reproduced', supportReason: 'needs_password' });
    expect(h.vault.transaction((db) => listAudit(db)).length).toBe(auditBefore);
  });

  it('keeps the password that opens the file; the badge then says its pages are reproduced, and the dossier is handed the password for that file only', async () => {
    const { h, call, caseId, importOne } = await setUp();
    const item = await importOne(PROTECTED_PDF);
    const plain = await importOne(path.join(fixturesDir, 'order.pdf'));

    const answer = await call('evidence.setPdfPassword', { id: item.id, password: PROTECTED_PDF_PASSWORD });
    expect(answer).toMatchObject({ id: item.id, dossierSupport: 'pages' });
    expect(answer).not.toHaveProperty('supportReason');
    expect(JSON.stringify(answer)).not.toContain(PROTECTED_PDF_PASSWORD);
    expect(h.vault.transaction((db) => getPdfPassword(db, item.id))).toBe(PROTECTED_PDF_PASSWORD);
    expect(h.vault.transaction((db) => listAudit(db))[0]).toMatchObject({ action: 'evidence.password.set', entity: 'evidence', entityId: item.id });

    const { selection } = readDossierInput(h.vault, caseId, { exhibitIds: [item.id, plain.id] });
    expect(selection.map((entry) => [entry.item.id, entry.password])).toEqual([
      [item.id, PROTECTED_PDF_PASSWORD],
      [plain.id, undefined],
    ]);
    expect(selection[0]!.inspection).toEqual({ kind: 'pages', pageCount: PROTECTED_PDF_PAGES });
    expect(selection[1]).not.toHaveProperty('password');
  });

  it('never puts the password in the list, the search index, the audit log, the console, or the vault folder in clear; the file stays byte for byte', async () => {
    const { h, call, caseId, importOne } = await setUp();
    const item = await importOne(PROTECTED_PDF);
    const output = await consoleDuring(async () => {
      await call('evidence.setPdfPassword', { id: item.id, password: WRONG }).catch(() => undefined);
      await call('evidence.setPdfPassword', { id: item.id, password: PROTECTED_PDF_PASSWORD }).catch(() => undefined);
    });
    // Kept whether or not the reader opened it yet, to look for it everywhere it must not be.
    h.vault.transaction((db) => savePdfPassword(db, item.id, PROTECTED_PDF_PASSWORD));

    expect(output).not.toContain(PROTECTED_PDF_PASSWORD);
    expect(output).not.toContain(WRONG);
    expect(JSON.stringify(await call('evidence.list', { caseId }))).not.toContain(PROTECTED_PDF_PASSWORD);
    expect(h.vault.transaction((db) => search(db, 'statement'))).toEqual([]);
    expect(JSON.stringify(h.vault.transaction((db) => listAudit(db)))).not.toContain(PROTECTED_PDF_PASSWORD);
    h.vault.db.pragma('wal_checkpoint(TRUNCATE)');
    const onDisk = await vaultBytes(h);
    expect(onDisk.includes(Buffer.from(PROTECTED_PDF_PASSWORD))).toBe(false);
    expect(onDisk.includes(Buffer.from(PROTECTED_PDF_PASSWORD, 'utf16le'))).toBe(false);
    // The stored file is the original, unchanged.
    const report = await verifyVault(h.vault);
    expect(report.ok).toBe(true);
    expect(item.sha256).toBe(await sha256File(PROTECTED_PDF));
  });

  it('forgets a kept password when asked (null): the file is read again without it, and the audit says so', async () => {
    const { h, call, caseId, importOne } = await setUp();
    const item = await importOne(PROTECTED_PDF);
    h.vault.transaction((db) => savePdfPassword(db, item.id, PROTECTED_PDF_PASSWORD));

    const answer = await call('evidence.setPdfPassword', { id: item.id, password: null });
    expect(answer).toMatchObject({ dossierSupport: 'not_reproduced', supportReason: 'needs_password' });
    expect(h.vault.transaction((db) => getPdfPassword(db, item.id))).toBeUndefined();
    expect(h.vault.transaction((db) => listAudit(db))[0]).toMatchObject({ action: 'evidence.password.clear', entity: 'evidence', entityId: item.id });
    expect(readDossierInput(h.vault, caseId, {}).selection[0]).not.toHaveProperty('password');
    // Forgetting what is not there changes nothing and audits nothing.
    const audited = h.vault.transaction((db) => listAudit(db)).length;
    await call('evidence.setPdfPassword', { id: item.id, password: null });
    expect(h.vault.transaction((db) => listAudit(db)).length).toBe(audited);
  });

  it('refuses a password for a file that is not a PDF, or for a PDF that opens without one, and keeps nothing', async () => {
    const { h, call, importOne } = await setUp();
    const picture = await importOne(path.join(fixturesDir, 'picket.png'));
    const plain = await importOne(path.join(fixturesDir, 'order.pdf'));

    expect(await failure(call('evidence.setPdfPassword', { id: picture.id, password: 'x' }))).toEqual({
      code: 'INVALID_INPUT',
      message: '"picket" is not a PDF: only a PDF can be opened with a password. Nothing was kept.',
    });
    expect(await failure(call('evidence.setPdfPassword', { id: plain.id, password: 'x' }))).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('opens without a password') });
    expect(await failure(call('evidence.setPdfPassword', { id: 'no-such-item', password: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(call('evidence.setPdfPassword', { id: plain.id, password: '' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(h.vault.db.prepare('SELECT count(*) AS n FROM evidence_passwords').get()).toEqual({ n: 0 });
  });

  it('goes with its item when the item is removed', async () => {
    const { h, importOne } = await setUp();
    const item = await importOne(PROTECTED_PDF);
    h.vault.transaction((db) => savePdfPassword(db, item.id, PROTECTED_PDF_PASSWORD));
    h.vault.transaction((db) => removeEvidence(db, [item.id]));
    expect(h.vault.db.prepare('SELECT count(*) AS n FROM evidence_passwords').get()).toEqual({ n: 0 });
  });
});

describe('CASE.json "password"', () => {
  it('inspects the PDF with it and keeps it apart from the item\'s fields; a wrong one is named in a warning and not kept', async () => {
    const h = await harness();
    const dir = await tempDir();
    await copyFile(PROTECTED_PDF, path.join(dir, 'statement.pdf'));
    await copyFile(PROTECTED_PDF, path.join(dir, 'statement-copy.pdf'));
    const caseFile = await writeCaseFile(dir, {
      client: { fullName: 'Timur Bekov' },
      case: { title: 'Bekov: asylum', forum: 'national_asylum' },
      evidence: [
        { key: 'right', file: 'statement.pdf', title: 'Bank statement', kind: 'other', password: PROTECTED_PDF_PASSWORD },
        { key: 'wrong', file: 'statement-copy.pdf', title: 'Bank statement, again', kind: 'other', password: WRONG },
      ],
    });
    const report = await importCase(h.vault, caseFile, { reader: h.ctx.reader });
    const [right, wrong] = report.imported.map((item) => item.evidenceId) as [string, string];

    expect(report.warnings.filter((warning) => warning.startsWith('statement-copy.pdf: the password given does not open it'))).toHaveLength(1);
    expect(JSON.stringify(report)).not.toContain(PROTECTED_PDF_PASSWORD);
    expect(JSON.stringify(report)).not.toContain(WRONG);
    expect(h.vault.transaction((db) => [getPdfPassword(db, right), getPdfPassword(db, wrong)])).toEqual([PROTECTED_PDF_PASSWORD, undefined]);
    // The item's own fields, its search entry and the audit hold no password.
    const rows = h.vault.db.prepare('SELECT data FROM evidence').all() as { data: string }[];
    expect(rows.map((row) => JSON.parse(row.data) as Record<string, unknown>).filter((data) => 'password' in data)).toEqual([]);
    expect(h.vault.transaction((db) => search(db, '2024'))).toEqual([]);
    expect(JSON.stringify(h.vault.transaction((db) => listAudit(db)))).not.toContain(PROTECTED_PDF_PASSWORD);
    // The first inspection already used it: the file's pages are counted, the wrong one's are not.
    const listed = await caller(evidenceHandlers(h.ctx))('evidence.list', { caseId: report.caseId });
    expect(listed.map((item) => [item.title, item.dossierSupport])).toEqual([
      ['Bank statement', 'pages'],
      ['Bank statement, again', 'not_reproduced'],
    ]);
  });
});
