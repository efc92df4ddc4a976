// Every character the dossier's own words use has a glyph in the shipped fonts, and a character of
// the case's text that no font has is reported by the export (never silently drawn as a box).
// "Our words" are read two ways: every string literal of the dossier's sources and of the shared
// tables they print (TypeScript's parser, so "→" in a composer counts as much as a heading), and
// the tables themselves at run time in en/ru/fr with what Intl adds (month names, country and
// language names, time zone names). Each language's character set is also printed on a page, read
// back with pdftotext and drawn into test-artifacts/dossier/glyphs-LANG.png.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../src/core/intake/case-file.js';
import { dossierText, type DossierLanguage } from '../../src/core/dossier/dossier-text.js';
import { exportDossier, planDossier } from '../../src/core/dossier/export-dossier.js';
import { DossierFonts } from '../../src/core/dossier/fonts.js';
import { PageFlow } from '../../src/core/dossier/page-flow.js';
import { dossierTemplates } from '../../src/core/dossier/templates.js';
import { formatDatedValue, formatPartialDate } from '../../src/shared/format/dates.js';
import { formatFileSize } from '../../src/shared/format/file-size.js';
import { deadlineTexts, filingDatesLead, filingSeparator, formatDeadlineTime } from '../../src/shared/deadline-text.js';
import { countryName, languageName } from '../../src/shared/place-names.js';
import { vocabularies } from '../../src/shared/vocabulary.js';
import { readPdf } from '../support/pdf-reader.js';
import { repoRoot, sampleCase, writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

const languages: DossierLanguage[] = ['en', 'ru', 'fr'];
const artifacts = path.join(repoRoot, 'test-artifacts', 'dossier');

/** Sources whose string literals can end up on a dossier page. */
const sourceFiles = [
  ...readdirSync(path.join(repoRoot, 'src', 'core', 'dossier')).map((file) => path.join('src', 'core', 'dossier', file)),
  'src/shared/vocabulary.ts',
  'src/shared/legal-elements.ts',
  'src/shared/deadline-text.ts',
  'src/shared/place-names.ts',
  'src/shared/dates.ts',
  ...readdirSync(path.join(repoRoot, 'src', 'shared', 'format')).map((file) => path.join('src', 'shared', 'format', file)),
].filter((file) => file.endsWith('.ts'));

function sourceStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every string in a table, functions called with sample arguments. */
function tableStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value('Annex 3', 'file.pdf', 'reason'))];
  if (Array.isArray(value)) return value.flatMap(tableStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(tableStrings);
  return [];
}

/** Region codes Intl knows a name for: every pair of capital letters it does not echo back. */
const regionCodes = Array.from({ length: 26 * 26 }, (_, index) => String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26))).filter(
  (code) => new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) !== undefined,
);
const languageCodes = ['ru', 'kk', 'ky', 'uz', 'tg', 'tk', 'az', 'hy', 'ka', 'be', 'uk', 'tr', 'fa', 'ar', 'he', 'zh', 'ja', 'ko', 'mn', 'en', 'fr', 'de', 'es', 'it', 'ps', 'ur', 'ku', 'ug', 'ce', 'tt', 'ba'];

/** The words a dossier in `language` may print of its own: tables, templates and what Intl adds. */
function dossierWords(language: DossierLanguage): string[] {
  const months = Array.from({ length: 12 }, (_, month) => `2026-${String(month + 1).padStart(2, '0')}`);
  return [
    // The warnings go to the window and the terminal, not onto a page.
    ...tableStrings({ ...dossierText[language], warnings: undefined }),
    ...tableStrings(vocabularies[language]),
    ...tableStrings(deadlineTexts[language]),
    filingDatesLead[language],
    filingSeparator[language],
    ...dossierTemplates.flatMap((template) => [
      template.title[language],
      template.exhibitWord?.[language] ?? '',
      ...Object.values(template.headings ?? {}).map((heading) => heading?.[language] ?? ''),
    ]),
    ...months.flatMap((month) => [formatPartialDate(month, language), formatPartialDate(`${month}-28`, language)]),
    ...(['approximate', 'before', 'after'] as const).flatMap((precision) => ['2026', '2026-03', '2026-03-01'].map((date) => formatDatedValue({ date, precision }, language))),
    ...[0, 1, 2_000, 3_000_000, 4_000_000_000].map((bytes) => formatFileSize(bytes, language)),
    ...regionCodes.map((code) => countryName(code, language)),
    ...languageCodes.map((code) => languageName(code, language)),
    formatDeadlineTime({ due: '2026-03-16', time: '10:00', timeZone: 'Asia/Almaty' }, language) ?? '',
    formatDeadlineTime({ due: '2026-03-16', time: '10:00', timeZone: 'Europe/Moscow' }, language) ?? '',
  ];
}

/** The distinct printable characters of `texts`, in code point order. */
function characterSet(texts: string[]): string[] {
  const characters = new Set(texts.flatMap((text) => Array.from(text.normalize('NFC'))));
  return [...characters].filter((character) => !/[\p{Cc}\p{Cf}]/u.test(character)).sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

const code = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('the characters of the dossier’s own words', () => {
  it('all have a glyph in the shipped fonts: every string literal of the dossier’s sources', async () => {
    const fonts = await DossierFonts.create(await PDFDocument.create());
    const characters = characterSet(sourceFiles.flatMap(sourceStrings));
    expect(characters.length).toBeGreaterThan(150);
    const missing = fonts.missing(characters.join(''));
    expect(missing.map((character) => `${code(character)} ${character}`)).toEqual([]);
  });

  it.each(languages)('all have a glyph in %s, printed on a page and read back', async (language) => {
    const doc = await PDFDocument.create();
    const fonts = await DossierFonts.create(doc);
    const characters = characterSet(dossierWords(language));
    expect(characters.length).toBeGreaterThan(language === 'ru' ? 100 : 60);
    expect(fonts.missing(characters.join('')).map((character) => `${code(character)} ${character}`)).toEqual([]);

    // Printed in every face the dossier uses: nothing is reported, nothing reads back as U+FFFD.
    const flow = new PageFlow(doc, fonts);
    flow.atPlace('glyph test');
    flow.newPage();
    const lines = [];
    for (let start = 0; start < characters.length; start += 48) lines.push(characters.slice(start, start + 48).join(' '));
    for (const weight of ['regular', 'bold', 'mono'] as const) flow.paragraph([{ text: lines.join('\n'), weight }], { size: 9 });
    expect(fonts.uncovered()).toEqual([]);
    // PageFlow leaves the page tree to the exporter.
    for (const page of flow.pages) doc.addPage(page);
    const file = path.join(await tempDir(), `glyphs-${language}.pdf`);
    await writeFile(file, await doc.save());
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('\uFFFD');
    for (const character of characters.filter((entry) => /[\p{L}\p{N}]/u.test(entry))) expect(text, code(character)).toContain(character);
    await mkdir(artifacts, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '1', '-l', '1', file, path.join(artifacts, `glyphs-${language}`)]);
  });
});

describe('the text layer of documents made one after another', () => {
  // Noto draws Cyrillic А, Е, О from the Latin letters' outlines. Writing a Russian document put
  // those Latin glyphs into the shared parsed face without their characters, and every later
  // document that used the Latin letters had no Unicode for them: "C NFID NTI L" when copied or
  // searched, though it looked right.
  it('maps every glyph to its characters, though an earlier document used it only inside another', async () => {
    const fontsDir = path.join(await tempDir(), 'fonts');
    await cp(path.join(repoRoot, 'resources', 'fonts'), fontsDir, { recursive: true });
    const texts = ['АЕОЁ ЙЙ ётка', 'CONFIDENTIEL OEA'];
    const read: string[] = [];
    for (const text of texts) {
      const doc = await PDFDocument.create();
      const fonts = await DossierFonts.create(doc, { fontsDir });
      const page = doc.addPage([400, 200]);
      for (const weight of ['regular', 'bold'] as const) fonts.draw(page, text, { x: 20, y: weight === 'bold' ? 100 : 150, size: 14, weight });
      const file = path.join(path.dirname(fontsDir), `text-${read.length}.pdf`);
      await writeFile(file, await doc.save());
      read.push(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim());
    }
    expect(read).toEqual(texts.map((text) => `${text} ${text}`));
  });
});

describe('a character of the case that no font has', () => {
  // Tibetan KA and an emoji: no face of the chain has either (the first test checks that).
  const tibetan = '\u0F40';
  const emoji = '\u{1F600}';

  it('is in no shipped face', async () => {
    const fonts = await DossierFonts.create(await PDFDocument.create());
    expect(fonts.missing(`${tibetan}${emoji}`)).toEqual([tibetan, emoji]);
  });

  it.each(languages)('is reported by the plan and the export in %s, with its code and where it prints', async (language) => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const file = await writeSampleCase(dir, {
      client: { ...sampleCase.client, fullName: `Aigerim Sadykova ${tibetan}` },
      persecution: { ...sampleCase.persecution, narrative: `Statement ${emoji} and ${tibetan}.` },
    });
    const { caseId } = await importCase(vault, file);
    const t = dossierText[language];
    const out = path.join(dir, 'dossier.pdf');
    const result = await exportDossier(vault, caseId, out, { language, today: '2026-11-21' });
    const plan = await planDossier(vault, caseId, { language, today: '2026-11-21' });

    for (const warnings of [result.warnings, plan.warnings]) {
      const about = (character: string) => warnings.filter((warning) => warning.includes(code(character)));
      expect(about(tibetan)).toHaveLength(1);
      expect(about(emoji)).toHaveLength(1);
      const [tibetanWarning] = about(tibetan);
      // Where: the cover and the applicant section (the name), the personal statement (the narrative).
      expect(tibetanWarning).toContain(t.coverPage);
      expect(tibetanWarning).toContain(t.sections.statement);
      expect(about(emoji)[0]).toContain(t.sections.statement);
      expect(about(emoji)[0]).not.toContain(t.coverPage);
      // Nothing of the text around it: not the name, not the narrative.
      expect(warnings.join('\n')).not.toContain('Sadykova');
      expect(warnings.join('\n')).not.toContain('Statement');
    }
    // The character itself is drawn as the visible replacement, as the warning says.
    const pdf = await readPdf(out);
    expect(pdf.pages[0]!.text).toContain('\uFFFD');
  });
});
