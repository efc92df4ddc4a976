// Killing `dossier ocr` at any moment loses at most the file being read: the real CLI reads three
// scans of a real vault with the real OCR engine, as a child process, and is SIGKILLed while the
// first file is being recognised, once the first file is kept and the second under way, and
// after a short delay. After each kill the vault is opened here: it verifies, and each file's text is
// either wholly there (its page, its words, found by search) or wholly absent; the next
// `dossier ocr` reads exactly the files left, and then every file has its text.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { evidenceTextOf } from '../../src/core/records/evidence-text.js';
import { search } from '../../src/core/records/search-index.js';
import { Vault } from '../../src/core/vault/vault.js';
import { verifyVault } from '../../src/core/vault/verify.js';
import { runCli, runCliKilled } from '../support/cli.js';
import { writeCaseFile } from '../support/sample-case.js';
import { scannedWords } from '../support/scanned-words.js';
import { tempDir } from '../support/temp-dir.js';

const PASSPHRASE = 'crash test passphrase for text reading';
/** The schema's floor (64 MiB, one pass): real Argon2id, quick unlocks. */
const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };
const SCANS = 3;

describe('dossier ocr killed at any moment', () => {
  it('leaves every file with all of its text or none, and the next run reads the rest', async () => {
    const root = await tempDir('dossier-ocr-crash-');
    const evidence = [];
    for (let index = 1; index <= SCANS; index++) {
      const scan = await scannedWords([['Протокол', `№${index}`], ['Токарев', 'Иван']], { width: 1000, height: 700, size: 56, top: 120, left: 100 });
      await writeFile(path.join(root, `scan-${index}.png`), scan.png);
      evidence.push({ key: `scan${index}`, file: `scan-${index}.png`, title: `Scan ${index}`, kind: 'court_document', language: 'ru' });
    }
    const caseFile = await writeCaseFile(root, { client: { fullName: 'Ivan Tokarev' }, case: { title: 'Tokarev', forum: 'un_cat', reference: 'OCR-KILL' }, evidence });
    const vaultDir = path.join(root, 'vault');
    const created = await Vault.create(vaultDir, PASSPHRASE, { argon2: ARGON2, actor: 'crash-test' });
    const { caseId } = await importCase(created.vault, caseFile);
    created.vault.close();

    /** Opens the vault after a run: it verifies, and each file's text is whole or absent. Returns how many files have text. */
    const inspect = async (label: string): Promise<number> => {
      const vault = await Vault.open(vaultDir, { passphrase: PASSPHRASE });
      try {
        const report = await verifyVault(vault);
        expect({ ok: report.ok, database: report.database, problems: report.problems }, label).toEqual({ ok: true, database: 'ok', problems: [] });
        const files = vault.db.prepare('SELECT id, blob_id FROM evidence WHERE case_id = ?').all(caseId) as { id: string; blob_id: string }[];
        const found = new Set(search(vault.db, 'Токарев', { caseId }).map((hit) => hit.entityId));
        let read = 0;
        for (const file of files) {
          const marked = vault.db.prepare('SELECT 1 FROM evidence_texts WHERE blob_id = ?').get(file.blob_id) !== undefined;
          const pages = evidenceTextOf(vault.db, file.blob_id);
          if (marked) {
            read += 1;
            expect(pages.map((page) => [page.page.page, page.source]), label).toEqual([[1, 'ocr']]);
            expect(pages[0]!.page.text, label).toContain('Токарев');
            expect(found.has(file.id), `${label}: search finds a file read`).toBe(true);
          } else {
            expect(pages, label).toEqual([]);
            expect(found.has(file.id), `${label}: search finds no file unread`).toBe(false);
          }
        }
        return read;
      } finally {
        vault.close();
      }
    };

    const env = { DOSSIER_PASSPHRASE: PASSPHRASE };
    const kills = [
      { label: 'while the first file is read', killOn: (line: string) => /^progress: reading text 1\/\d+ /.test(line) },
      { label: 'once the first file is kept', killOn: (line: string) => /^progress: reading text 2\/\d+ /.test(line) },
      // Anywhere: starting up, reading, keeping.
      { label: 'after a delay', killAfterMs: 2_500 },
    ];
    let read = 0;
    const fired: string[] = [];
    for (const kill of kills) {
      const { result, firedOn } = await runCliKilled(['ocr', vaultDir, '--progress'], { env, timeoutMs: 180_000, killOn: kill.killOn, killAfterMs: kill.killAfterMs });
      const label = `kill ${kill.label} (${result.signal ?? `exit ${result.code}`})`;
      if (result.signal === null) expect(result.code, `${label}: stderr:\n${result.stderr}`).toBe(0);
      if (firedOn) fired.push(kill.label);
      console.log(`${label}: fired on ${firedOn ?? "-"}, ${Math.round(result.ms)} ms, read before ${read}`);
      const now = await inspect(label);
      expect(now, `${label}: what was kept stays kept`).toBeGreaterThanOrEqual(read);
      read = now;
    }
    // The progress lines came, so the first two kills landed on a reading under way.
    expect(fired).toEqual(expect.arrayContaining(['while the first file is read', 'once the first file is kept']));

    const last = await runCli(['ocr', vaultDir, '--json'], env);
    expect(last.code, last.stderr).toBe(0);
    expect(JSON.parse(last.stdout)).toMatchObject({ files: SCANS - read, pages: SCANS - read, failed: [] });
    expect(await inspect('after the last run')).toBe(SCANS);
  }, 600_000);
});
