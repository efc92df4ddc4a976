// What a common reader makes of a corpus file, and the dossier's closed vocabulary of reasons:
// the corpus suite holds the exporter to both (issue 13: every file poppler renders is
// reproduced; every warning is worded from the vocabulary, never by a parser).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { supportReasons } from '../../src/shared/contract.js';
import { dossierText } from '../../src/core/dossier/dossier-text.js';

/**
 * Whether poppler draws the file's first page: pdftoppm succeeds and the page has a real size
 * (at least 10 × 10 pixels at 20 dpi, about 36 pt; poppler "draws" a 1 × 1 page for a file whose
 * page tree it could not find).
 */
export function popplerRendersFirstPage(file: string): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-poppler-'));
  try {
    const run = spawnSync('pdftoppm', ['-q', '-r', '20', '-f', '1', '-l', '1', '-gray', file, path.join(dir, 'page')], { timeout: 60_000 });
    if (run.status !== 0) return false;
    const image = readdirSync(dir).find((name) => name.endsWith('.pgm'));
    if (!image) return false;
    const size = spawnSync('identify', ['-format', '%w %h', path.join(dir, image)], { encoding: 'utf8' }).stdout.trim().split(' ').map(Number);
    return size.length === 2 && size.every((side) => side >= 10);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression every warning of an English export about exhibits must match: a reason of
 * the vocabulary (a media type the only detail), the reproduction sentences with page numbers, or
 * the warning of pages whose drawing data is damaged.
 */
export function exhibitWarningPattern(): RegExp {
  const t = dossierText.en;
  const reasons = supportReasons.map((reason) => escape(t.reasons[reason])).join('|');
  const pages = '\\d+(?:–\\d+)?(?:, \\d+(?:–\\d+)?)*';
  const sentences = [
    escape(t.reproduction.repaired),
    escape(t.reproduction.decrypted),
    escape(t.reproduction.asImages('PAGES', 200)).replace('PAGES', pages),
    escape(t.reproduction.missing('PAGES')).replace('PAGES', pages),
  ].join('|');
  const exhibit = 'Tab [A-Z]+ \\(.+\\)';
  const notReproduced = escape(t.warnings.notReproduced('EXHIBIT', 'FILE', 'REASON')).replace('EXHIBIT \\(FILE\\)', exhibit).replace('REASON', `(?:${reasons})(?: \\([a-z]+/[a-z0-9.+-]+\\))?`);
  const partly = `${exhibit}: (?:(?:${sentences}) ?)+`;
  const undrawable = escape(t.warnings.undrawablePages('EXHIBIT', 'FILE', 'PAGES')).replace('EXHIBIT \\(FILE\\)', exhibit).replace('PAGES', pages);
  return new RegExp(`^(?:${notReproduced}|${partly}|${undrawable})$`);
}
