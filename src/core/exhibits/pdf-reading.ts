// Reading a PDF exhibit: one parse of its bytes, an owner-locked file (no password needed to
// open it) decrypted on the way, and for copying into the dossier its filled-in form fields
// printed into its pages.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';

/**
 * Parses a PDF exhibit once. The empty password decrypts an owner-locked file in the same call
 * and is ignored for a file that is not encrypted; a file that needs a real password to open
 * fails (PDFium then opens it with the user's password: pdfium.ts).
 */
export function loadPdfExhibit(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false, password: '' });
}

/**
 * Loads a PDF exhibit to copy its pages, with filled-in form fields printed into the pages as a
 * printout shows them. The values live in the source's form dictionary, which copied pages leave
 * behind, so without this a filled form would reach the dossier blank. The appearances are drawn
 * in the shipped Noto Sans, so Cyrillic values print too. A form that cannot be flattened is
 * reproduced as it is (parsed again: the failed flattening may have left the first copy half-changed).
 */
export async function loadPdfForCopying(bytes: Uint8Array, fontsDir: string): Promise<PDFDocument> {
  const doc = await loadPdfExhibit(bytes);
  try {
    const form = doc.getForm();
    const fields = form.getFields();
    if (fields.length === 0) return doc;
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(await readFile(path.join(fontsDir, 'NotoSans-Regular.ttf')), { subset: true });
    for (const field of fields) form.markFieldAsDirty(field.ref);
    form.updateFieldAppearances(font);
    form.flatten({ updateFieldAppearances: false });
    return doc;
  } catch {
    return loadPdfExhibit(bytes);
  }
}
