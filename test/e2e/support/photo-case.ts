// A case of noise photos opened at the export view, for the tests of dossiers in parts: photos
// that JPEG cannot shrink make a dossier of a known, large size from few files.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { InterfaceLanguage } from '../../../src/shared/contract';
import { CasePage } from '../pages/case-page';
import { Workspace } from '../pages/workspace';
import { noisePhoto } from '../../support/noise-photo.js';
import { callCore } from './core-calls';
import type { AppWindow } from './fixtures';

const client = { fullName: 'Dilnoza Karimova', fullNameNative: 'Дилноза Каримова' };

/** Imports `count` noise photos (seeded from `seed`) into a new asylum case and opens its export view in the window's language. */
export async function exportPhotoCase(app: AppWindow, language: InterfaceLanguage, count: number, seed: number) {
  const created = await callCore(app, 'clients.create', client);
  const caseTitle = language === 'ru' ? 'Каримова: убежище' : 'Karimova: asylum';
  await callCore(app, 'cases.create', { clientId: created.id, case: { title: caseTitle, forum: 'national_asylum', reference: 'KD-2026-07' } });
  const dir = path.join(app.dataDir, 'files');
  await mkdir(dir);
  const photos = Array.from({ length: count }, (_, index) => path.join(dir, `photo-${index + 1}.jpg`));
  for (const [index, photo] of photos.entries()) await noisePhoto(photo, seed + index);

  const workspace = new Workspace(app);
  await workspace.heading('shell:home.title').waitFor();
  await workspace.openCase(client.fullName, caseTitle);
  const casePage = new CasePage(app);
  await (await casePage.evidence()).addFiles(photos, photos.length);
  const exporting = await casePage.export();
  await exporting.radio(`exportView:languages.${language}`).check();
  return { casePage, exporting, photos };
}
