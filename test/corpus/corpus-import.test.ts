// Hostile input (docs/architecture.md): every file in ../shared/corpus either imports byte for
// byte or is refused with a clear message naming it, and nothing else in the vault is lost.
// The corpus lives beside the checkout, not in it; without it the suite says so and skips.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../src/core/records/case-detail.js';
import { importCase, type ImportReport } from '../../src/core/intake/case-file.js';
import { getEvidence } from '../../src/core/records/evidence.js';
import { listCases } from '../../src/core/records/cases.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { startCli } from '../support/cli.js';
import { corpusDir, corpusExists, listCorpusFiles, sha256File } from '../support/corpus.js';
import { tempDir } from '../support/temp-dir.js';

const PASSPHRASE = 'corpus test passphrase';
const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };
const ENCRYPTED_PDF = 'py-pdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf';

/** Media type expected from the content, by the extension the corpus gives it. */
const EXPECTED_MEDIA: Record<string, string> = { '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.tif': 'image/tiff', '.tiff': 'image/tiff' };

if (!corpusExists) {
  console.warn(`corpus-import: skipped, ${corpusDir} not found (the hostile-input corpus lives beside the checkout).`);
}

// CI has ../shared beside the clone and sets DOSSIER_REQUIRE_CORPUS: there a missing corpus is a failure, not a skip.
describe.runIf(process.env.DOSSIER_REQUIRE_CORPUS === '1')('corpus presence in CI', () => {
  it(`finds the corpus at ${corpusDir}`, () => {
    expect(corpusExists).toBe(true);
  });
});

interface CorpusFile {
  relative: string;
  absolute: string;
  sha256: string;
  bytes: Buffer;
}

async function loadCorpus(): Promise<CorpusFile[]> {
  return Promise.all(
    listCorpusFiles().map(async (relative) => {
      const absolute = path.join(corpusDir, relative);
      return { relative, absolute, sha256: await sha256File(absolute), bytes: await readFile(absolute) };
    }),
  );
}

function evidenceEntry(file: string, title: string, index: number) {
  return { key: `f${index}`, file, title, kind: 'other' };
}

async function writeCase(dir: string, name: string, title: string, evidence: ReturnType<typeof evidenceEntry>[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(
    file,
    JSON.stringify({ client: { fullName: 'Corpus Client', fullNameNative: 'Корпус Клиент' }, case: { title, forum: 'national_asylum' }, evidence }, null, 2),
  );
  return file;
}

/** Each corpus file is either imported (the stored bytes are the original's) or refused with a reason naming it. */
async function expectImportedOrRefused(vault: Vault, caseId: string, report: Pick<ImportReport, 'imported' | 'refused'>, corpus: CorpusFile[]) {
  const evidence = getCaseDetail(vault, caseId).evidence;
  for (const file of corpus) {
    const refused = report.refused.find((entry) => entry.file === file.absolute);
    if (refused) {
      expect(refused.reason.trim(), `${file.relative} refused without a reason`).not.toBe('');
      console.log(`corpus-import: refused ${file.relative}: ${refused.reason}`);
      continue;
    }
    const item = evidence.find((candidate) => candidate.title === file.relative);
    expect(item, `${file.relative} neither imported nor refused`).toBeDefined();
    expect({ sha256: item!.sha256, size: item!.size, name: item!.originalName }, file.relative).toEqual({
      sha256: file.sha256,
      size: file.bytes.length,
      name: path.basename(file.relative),
    });
    const stored = await vault.blobs.readAll(getEvidence(vault.db, item!.id).blobId);
    expect(stored.equals(file.bytes), `${file.relative}: bytes read back differ from the original`).toBe(true);
  }
  expect(report.imported.length + report.refused.filter((r) => corpus.some((f) => f.absolute === r.file)).length).toBe(corpus.length);
}

describe.skipIf(!corpusExists)(corpusExists ? 'corpus import' : `corpus import (skipped: ../shared/corpus not found at ${corpusDir})`, () => {
  it('imports every corpus file byte for byte or refuses it by name, and the vault verifies', async () => {
    const dir = await tempDir('dossier-corpus-');
    const corpus = await loadCorpus();
    expect(corpus.length, 'the corpus folder holds no files').toBeGreaterThan(0);
    const casePath = await writeCase(dir, 'CASE.json', 'Corpus', corpus.map((file, index) => evidenceEntry(file.absolute, file.relative, index)));

    const { vault } = await Vault.create(path.join(dir, 'vault'), PASSPHRASE, { argon2: ARGON2, actor: 'corpus-test' });
    try {
      const started = performance.now();
      const report = await importCase(vault, casePath);
      console.log(
        `corpus-import: ${corpus.length} files (${corpus.reduce((n, f) => n + f.bytes.length, 0)} bytes) imported ${report.imported.length}, ` +
          `refused ${report.refused.length}, warnings ${report.warnings.length} in ${Math.round(performance.now() - started)} ms`,
      );
      for (const warning of report.warnings) console.log(`corpus-import: warning: ${warning}`);
      await expectImportedOrRefused(vault, report.caseId, report, corpus);

      // The type comes from the content: check every PDF, JPEG, PNG and TIFF of the real
      // producers. Many hostile files named .pdf are fuzzed bytes with no PDF header at all;
      // for those, the content decides, and each one whose bytes begin "%PDF-" must be a PDF.
      const evidence = getCaseDetail(vault, report.caseId).evidence;
      const hostile = corpus.filter((file) => file.relative.startsWith('qpdf-hostile/') && file.bytes.subarray(0, 5).toString('latin1') === '%PDF-');
      expect(hostile.length).toBeGreaterThan(0);
      for (const file of hostile) {
        const item = evidence.find((candidate) => candidate.title === file.relative);
        if (item) expect(item.mediaType, file.relative).toBe('application/pdf');
      }
      const typed = corpus.filter((file) => !file.relative.startsWith('qpdf-hostile/') && EXPECTED_MEDIA[path.extname(file.relative).toLowerCase()]);
      expect(typed.length).toBeGreaterThan(0);
      const byExtension = new Set<string>();
      for (const file of typed) {
        const item = evidence.find((candidate) => candidate.title === file.relative);
        if (!item) continue; // refused, already checked above
        const extension = path.extname(file.relative).toLowerCase();
        byExtension.add(extension);
        expect(item.mediaType, file.relative).toBe(EXPECTED_MEDIA[extension]);
        expect(item.nameMatchesContent, file.relative).toBe(true);
      }
      console.log(`corpus-import: media types checked for ${[...byExtension].sort().join(', ')}`);

      // The password-protected PDF is evidence like any other: kept as it is, not refused.
      const encrypted = corpus.find((file) => file.relative === ENCRYPTED_PDF);
      if (encrypted) {
        expect(report.refused.map((entry) => entry.file)).not.toContain(encrypted.absolute);
        const item = evidence.find((candidate) => candidate.title === ENCRYPTED_PDF)!;
        expect({ mediaType: item.mediaType, sha256: item.sha256 }).toEqual({ mediaType: 'application/pdf', sha256: encrypted.sha256 });
        const stored = await vault.blobs.readAll(getEvidence(vault.db, item.id).blobId);
        expect(stored.equals(encrypted.bytes)).toBe(true);
      } else {
        console.warn(`corpus-import: ${ENCRYPTED_PDF} is not in the corpus; the encrypted-PDF check did not run.`);
      }

      const verified = await verifyVault(vault);
      expect(verified.problems).toEqual([]);
      expect(verified).toMatchObject({ ok: true, database: 'ok', files: report.imported.length, strayFiles: 0 });
    } finally {
      vault.close();
    }
  });

  it('names a missing and an empty file as refused in a second import, takes the rest, and leaves the first case untouched', async () => {
    const dir = await tempDir('dossier-corpus-');
    const corpus = await loadCorpus();
    const vaultDir = path.join(dir, 'vault');
    const { vault } = await Vault.create(vaultDir, PASSPHRASE, { argon2: ARGON2, actor: 'corpus-test' });
    let first: ImportReport;
    let firstEvidence: { id: string; sha256: string; size: number; title: string }[];
    let firstVerify: Awaited<ReturnType<typeof verifyVault>>;
    try {
      first = await importCase(vault, await writeCase(dir, 'FIRST.json', 'First case', corpus.map((f, i) => evidenceEntry(f.absolute, f.relative, i))));
      firstEvidence = getCaseDetail(vault, first.caseId).evidence.map(({ id, sha256, size, title }) => ({ id, sha256, size, title }));
      firstVerify = await verifyVault(vault);
      expect(firstVerify.ok).toBe(true);
    } finally {
      vault.close();
    }

    // The second case: the corpus, with a file that does not exist and an empty one among it.
    const missing = path.join(dir, 'does-not-exist.pdf');
    const empty = path.join(dir, 'empty-scan.pdf');
    await writeFile(empty, '');
    const entries = corpus.map((f, i) => evidenceEntry(f.absolute, f.relative, i));
    entries.splice(Math.min(3, entries.length), 0, evidenceEntry(missing, 'Missing file', corpus.length));
    entries.splice(Math.min(7, entries.length), 0, evidenceEntry(empty, 'Empty file', corpus.length + 1));
    const secondPath = await writeCase(dir, 'SECOND.json', 'Second case', entries);

    // Through the real CLI, as a paralegal would run it: exit code 3 and each refusal named on stderr.
    const result = await startCli(['import', vaultDir, secondPath, '--json'], { env: { DOSSIER_PASSPHRASE: PASSPHRASE } }).done;
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain(`refused: ${missing}: file not found`);
    expect(result.stderr).toContain(`refused: ${empty}: the file is empty`);
    const second = JSON.parse(result.stdout) as ImportReport;
    expect(second.refused.map(({ file, reason }) => ({ file, reason })).sort((a, b) => a.file.localeCompare(b.file))).toEqual(
      [
        { file: missing, reason: 'file not found' },
        { file: empty, reason: 'the file is empty' },
      ].sort((a, b) => a.file.localeCompare(b.file)),
    );
    expect(second.imported.length).toBe(first.imported.length);

    const reopened = await Vault.open(vaultDir, { passphrase: PASSPHRASE });
    try {
      await expectImportedOrRefused(reopened, second.caseId, second, corpus);
      const cases = listCases(reopened.db);
      expect(cases.map((c) => c.id).sort()).toEqual([first.caseId, second.caseId].sort());
      expect(cases.find((c) => c.id === first.caseId)!.evidence).toBe(first.imported.length);
      expect(cases.find((c) => c.id === second.caseId)!.evidence).toBe(first.imported.length);
      // The first case is exactly as it was.
      expect(getCaseDetail(reopened, first.caseId).evidence.map(({ id, sha256, size, title }) => ({ id, sha256, size, title }))).toEqual(firstEvidence);
      const verified = await verifyVault(reopened);
      expect(verified.problems).toEqual([]);
      expect(verified).toMatchObject({ ok: true, database: 'ok', files: 2 * first.imported.length, strayFiles: 0 });
      expect(verified.bytes).toBe(2 * firstVerify.bytes);
    } finally {
      reopened.close();
    }
  });
});
