// The font every fake document is set in: the Noto Sans the dossier ships, so that Latin,
// Cyrillic and Kazakh letters come out right whatever fonts the machine has.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultFontsDir } from '../../core/dossier/fonts.js';

export function notoSansFile(weight: 'regular' | 'bold'): string {
  return path.join(defaultFontsDir(), weight === 'bold' ? 'NotoSans-Bold.ttf' : 'NotoSans-Regular.ttf');
}

export interface NotoSansBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export async function readNotoSans(): Promise<NotoSansBytes> {
  return { regular: await readFile(notoSansFile('regular')), bold: await readFile(notoSansFile('bold')) };
}
