// Every file of ../shared/corpus goes through a dossier export: each either appears readable in
// the dossier (its pages, its text) or is listed as not reproduced, with the reason, on its
// separator, in the index and in the manifest. The real producers' files must all be reproduced
// (but two) in a dossier qpdf finds sound; the hostile ones (qpdf's own damaged test files) must
// not harm the dossier: any fault qpdf finds in it must sit in the pages of an exhibit whose own
// file qpdf finds faulty. Without the corpus the suite says so and skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { Vault } from '../../src/core/vault/vault.js';
import { corpusDir, corpusExists, listCorpusFiles } from '../support/corpus.js';
import { flatText, readPdf } from '../support/pdf-reader.js';
import { exhibitWarningPattern, popplerRendersFirstPage } from '../support/reproduction-oracle.js';
import { tempDir } from '../support/temp-dir.js';

const ARGON2 = { memoryKiB: 64 * 1024, iterations: 1, parallelism: 1 };

/** Files the corpus documents as unreadable without help, and the reason the dossier must give. */
const NOT_REPRODUCED: Record<string, RegExp> = {
  'py-pdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf': /password needed to open it/,
  'py-pdf-sample-files/017-unreadable-meta-data/unreadablemetadata.pdf': /damaged/,
};

if (!corpusExists) console.warn(`corpus-export: skipped, ${corpusDir} not found (the hostile-input corpus lives beside the checkout).`);

function pageText(file: string, page: number): string {
  const text = execFileSync('pdftotext', ['-q', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  // poppler marks right-to-left runs with bidi controls, placed by layout; compare the letters.
  return flatText(text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')).trim();
}

function firstWords(file: string, page: number): string[] {
  return pageText(file, page).split(' ').filter(Boolean).slice(0, 8);
}

const HOSTILE = 'qpdf-hostile/';

/** Imports the files into a new vault and exports their dossier; returns what the export said. */
async function exportCorpus(files: string[], name: string, options: { undrawablePagesAsImages?: boolean } = {}) {
  const dir = await tempDir(`dossier-corpus-export-${name}-`);
  const caseFile = path.join(dir, 'CASE.json');
  await writeFile(
    caseFile,
    JSON.stringify({
      client: { fullName: 'Corpus Client', fullNameNative: 'Корпус Клиент' },
      case: { title: 'Corpus', forum: 'national_asylum', reference: 'CORPUS-1' },
      evidence: files.map((relative, index) => ({ key: `f${index}`, file: path.join(corpusDir, relative), title: relative, kind: 'other' })),
    }),
  );
  const { vault } = await Vault.create(path.join(dir, 'vault'), 'corpus export passphrase', { argon2: ARGON2 });
  try {
    const report = await importCase(vault, caseFile);
    expect(report.refused).toEqual([]);
    const out = path.join(dir, 'corpus.pdf');
    const started = performance.now();
    const result = await exportDossier(vault, report.caseId, out, { today: '2026-11-21', ...options });
    console.log(`corpus-export (${name}): ${files.length} files, ${result.pages} pages, ${result.bytes} bytes in ${Math.round(performance.now() - started)} ms`);
    for (const warning of result.warnings) console.log(`corpus-export (${name}): ${warning}`);
    const pdf = await readPdf(out);
    expect(pdf.pageCount).toBe(result.pages);
    const manifest = pdf.pages.slice(pdf.outline.find((entry) => entry.title === 'Manifest of exhibit files')!.target).map((page) => page.text).join(' ').replace(/\s/g, '');
    expect(result.exhibits).toHaveLength(files.length);
    for (const exhibit of result.exhibits) {
      const separator = flatText(pdf.pages[exhibit.firstPage - 1]!.text);
      expect(separator.replace(/\s/g, ''), exhibit.title).toContain(exhibit.sha256);
      expect(manifest, exhibit.title).toContain(exhibit.sha256);
    }
    return { out, result, pdf };
  } finally {
    vault.close();
  }
}

/**
 * Every PDF poppler draws is reproduced, its first page at least (copied, or as an image of the
 * page); every other file is listed with a reason; every warning is in the vocabulary's words.
 */
function expectReadersOutdone(files: string[], result: Awaited<ReturnType<typeof exportDossier>>): void {
  const pattern = exhibitWarningPattern();
  for (const warning of result.warnings) expect(warning).toMatch(pattern);
  for (const [index, relative] of files.entries()) {
    const exhibit = result.exhibits[index]!;
    expect(exhibit.title).toBe(relative);
    if (!exhibit.rendered) expect(exhibit.reason, relative).toBeTruthy();
    if (!relative.endsWith('.pdf') || !popplerRendersFirstPage(path.join(corpusDir, relative))) continue;
    expect(exhibit.rendered, `${relative}: poppler draws it, the dossier says "${exhibit.reason ?? ''}"`).toBe(true);
    const firstPageMissing = result.warnings.some((warning) => warning.includes(`(${path.basename(relative)})`) && /Page\(s\) 1\b[^.]*could not be reproduced/.test(warning));
    expect(firstPageMissing, `${relative}: its first page is missing`).toBe(false);
  }
}

describe.skipIf(!corpusExists)(corpusExists ? 'corpus export' : `corpus export (skipped: ${corpusDir} not found)`, () => {
  it('reproduces every file of the real producers or says on paper why not, in a dossier qpdf finds sound', async () => {
    const files = listCorpusFiles().filter((relative) => !relative.startsWith(HOSTILE));
    const { out, result, pdf } = await exportCorpus(files, 'producers');
    expectReadersOutdone(files, result);
    execFileSync('qpdf', ['--check', out]);
    for (const exhibit of result.exhibits) {
      const relative = exhibit.title;
      const separator = flatText(pdf.pages[exhibit.firstPage - 1]!.text);
      const expectedReason = NOT_REPRODUCED[relative];
      if (expectedReason) {
        expect(exhibit.rendered, `${relative} should be listed as not reproduced`).toBe(false);
        expect(exhibit.reason).toMatch(expectedReason);
        expect(separator).toContain('Not reproduced in this dossier');
        expect(result.warnings.some((warning) => warning.includes(path.basename(relative)))).toBe(true);
        continue;
      }
      expect(exhibit.rendered, `${relative}: ${exhibit.reason ?? ''}`).toBe(true);
      expect(exhibit.pages, relative).toBeGreaterThan(1);
      // Every exhibit page carries the footer with its label.
      for (let page = exhibit.firstPage; page < exhibit.firstPage + exhibit.pages - 1; page += 1) {
        expect(flatText(pdf.pages[page]!.text), `${relative} page ${page + 1}`).toContain(`Tab ${exhibit.label}`);
      }
      if (relative.endsWith('.pdf')) {
        // The first page's text survives, as poppler reads it in the original and in the dossier.
        // (Form widgets may add their own captions, so compare word by word.)
        const reproduced = pageText(out, exhibit.firstPage + 1);
        for (const word of firstWords(path.join(corpusDir, relative), 1)) expect(reproduced, relative).toContain(word);
      }
    }
  });

  it('takes every hostile file in, reproduced or said on paper not to be, and any fault qpdf finds is one the exhibit brought', async () => {
    const files = listCorpusFiles().filter((relative) => relative.startsWith(HOSTILE));
    expect(files.length).toBeGreaterThan(0);
    const { out, result, pdf } = await exportCorpus(files, 'hostile');
    expectReadersOutdone(files, result);
    for (const exhibit of result.exhibits) {
      if (exhibit.rendered) continue;
      expect(exhibit.reason?.trim(), exhibit.title).toBeTruthy();
      expect(flatText(pdf.pages[exhibit.firstPage - 1]!.text), exhibit.title).toContain('Not reproduced in this dossier');
    }
    console.log(`corpus-export (hostile): ${result.exhibits.filter((exhibit) => exhibit.rendered).length} of ${files.length} reproduced`);

    // qpdf exits 0 (sound), 3 (warnings it recovered from) or 2 (errors). Our own pages must be
    // sound; an error may only be in the content of a page copied from an exhibit whose file qpdf
    // also finds faulty (a bad LZW stream stays bad: exhibits are kept as they are).
    const check = spawnSync('qpdf', ['--check', out], { encoding: 'utf8' });
    const faultySource = (relative: string) => spawnSync('qpdf', ['--check', path.join(corpusDir, relative)]).status !== 0;
    for (const line of `${check.stdout}\n${check.stderr}`.split('\n').filter((text) => text.startsWith('ERROR'))) {
      const page = Number(/^ERROR: page (\d+):/.exec(line)?.[1] ?? NaN);
      const owner = result.exhibits.find((exhibit) => page > exhibit.firstPage && page < exhibit.firstPage + exhibit.pages);
      expect(owner, `a qpdf error outside any exhibit's pages: ${line}`).toBeDefined();
      expect(faultySource(owner!.title), `${owner!.title}: qpdf finds the dossier's copy faulty but not the original (${line})`).toBe(true);
    }
    expect([0, 2, 3]).toContain(check.status);
    // Every page whose drawing data qpdf cannot decode was named, and drawn as an image on request.
    const undecodable = `${check.stdout}\n${check.stderr}`.split('\n').filter((line) => line.includes('errors while decoding content stream'));
    expect(undecodable.length).toBeGreaterThan(0);
    expect(result.warnings.filter((warning) => warning.includes('hold drawing data that is damaged'))).toHaveLength(undecodable.length);
    const { out: asImages } = await exportCorpus(files, 'hostile-pages-as-images', { undrawablePagesAsImages: true });
    const recheck = spawnSync('qpdf', ['--check', asImages], { encoding: 'utf8' });
    expect(`${recheck.stdout}\n${recheck.stderr}`).not.toContain('errors while decoding content stream');
    if (check.status !== 0) {
      // Warnings too must come from exhibits: with every faulty original left out, the dossier is sound.
      const sound = files.filter((relative) => !faultySource(relative));
      const { out: soundOut } = await exportCorpus(sound, 'hostile-sound-originals');
      execFileSync('qpdf', ['--check', soundOut]);
    }
  });
});
