// Where the OCR language data is (resources/tessdata, Tesseract's LSTM models), and which of the
// languages asked for it holds. Found the way the dossier's fonts are (dossier/fonts.ts): walking
// up from this module, since it sits in src/core/exhibits/ocr under tsx and vitest but in out/main
// once bundled; in a packaged app the folder is unpacked beside app.asar (electron-builder.yml),
// so Tesseract's worker thread reads plain files.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of *.traineddata files: DOSSIER_TESSDATA_DIR if set, else resources/tessdata of the app. */
export function defaultTessdataDir(): string {
  const fromEnvironment = process.env.DOSSIER_TESSDATA_DIR;
  if (fromEnvironment) return fromEnvironment;
  const moduleDir = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = moduleDir; ; dir = path.dirname(dir)) {
    const unpacked = dir.endsWith('.asar') ? path.join(`${dir}.unpacked`, 'resources', 'tessdata') : undefined;
    if (unpacked && existsSync(unpacked)) return unpacked;
    const candidate = path.join(dir, 'resources', 'tessdata');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(moduleDir, '../../../../resources/tessdata');
  }
}

/** A Tesseract language code (rus, kaz, chi_sim, uzb_cyrl): nothing that could name a path. */
const languageCode = /^[a-z]{3}(_[a-z]{3,5})?$/;

/** The languages that `dir` holds a model for, in the order asked, without repeats. */
export function installedLanguages(requested: readonly string[], dir: string): string[] {
  let files: Set<string>;
  try {
    files = new Set(readdirSync(dir));
  } catch {
    return [];
  }
  const found = requested.filter((code) => languageCode.test(code) && files.has(`${code}.traineddata`));
  return [...new Set(found)];
}
