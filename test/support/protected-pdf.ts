// A password-protected PDF for tests, committed in test/fixtures: order.pdf (two pages) encrypted
// with AES-256 by qpdf, so no test depends on ../shared. Made with
//   qpdf --encrypt 'statement 2024' 'dossier-fixture-owner' 256 -- test/fixtures/order.pdf test/fixtures/order-protected.pdf
// (qpdf draws a new salt each run, so another run gives other bytes, the same pages and passwords).
import path from 'node:path';
import { fixturesDir } from './sample-case.js';

export const PROTECTED_PDF = path.join(fixturesDir, 'order-protected.pdf');
/** The user password: what opens it for reading. */
export const PROTECTED_PDF_PASSWORD = 'statement 2024';
export const PROTECTED_PDF_PAGES = 2;
