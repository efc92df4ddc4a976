// The mixed set (issue 13): one case whose exhibits are the kinds a real practice sends, not the
// tidy PDFs of the practice's large case: phone photos in all eight EXIF orientations, HEIC,
// multi-page TIFF scans, JPEG 2000, PNG screenshots and 300 dpi PNG scans, typed and scanned
// PDFs, one 150 MP photo, and every file of the hostile-input corpus (../shared/corpus: damaged
// and hostile PDFs, odd images). Its export says whether memory holds one exhibit, whatever the
// exhibits are.
//
// Written from the seed like the practice, by generate-mixed.ts in a process of its own, and cached
// in <os.tmpdir()>/dossier-bench/mixed-<profile>-g<version>/ (complete once mixed.json is there).
// HEIC needs ImageMagick with a HEIC writer, JPEG 2000 needs opj_compress (Debian's
// libopenjp2-tools), the corpus needs ../shared: each missing one is skipped and said so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { notoSansFile } from '../../src/demo/fake-documents/fonts.js';
import { Random } from '../../src/demo/fake-documents/random.js';
import { messengerScreenshot, pagedPdf, phonePhoto, scanPage } from '../../src/demo/fake-documents/seeded-files.js';
import { corpusDir, corpusExists, listCorpusFiles } from '../support/corpus.js';
import type { Progress } from './progress.js';
import { sentence } from './practice-text.js';

/** Bump when a change here would write different files, so no stale set is measured. */
export const MIXED_VERSION = 1;
const SEED = 13;

export type MixedProfile = 'full' | 'quick';
type Kind = 'photo' | 'heic' | 'tiff' | 'jp2' | 'screenshot' | 'png-scan' | 'pdf' | 'huge' | 'corpus';

/** How many of each generated kind a profile holds (the corpus is always whole). */
const counts: Record<MixedProfile, Record<Exclude<Kind, 'corpus'>, number>> = {
  full: { photo: 48, heic: 4, tiff: 8, jp2: 4, screenshot: 40, 'png-scan': 6, pdf: 60, huge: 1 },
  quick: { photo: 8, heic: 1, tiff: 2, jp2: 1, screenshot: 4, 'png-scan': 1, pdf: 6, huge: 1 },
};

export interface MixedSet {
  version: number;
  profile: MixedProfile;
  root: string;
  caseJson: string;
  files: number;
  bytes: number;
  /** Files and bytes of each kind. */
  kinds: Partial<Record<Kind, { files: number; bytes: number }>>;
  /** The largest single file. */
  largestBytes: number;
  /** Whether ../shared/corpus was there to take files from (its files are read in place). */
  corpus: boolean;
  /** Kinds left out, and why (a tool or the corpus missing). */
  skipped: string[];
  generationSeconds: number;
}

export function mixedSetDir(profile: MixedProfile): string {
  return path.join(os.tmpdir(), 'dossier-bench', `mixed-${profile}-g${MIXED_VERSION}`);
}

/** The cached set, when a complete one is on disk and the corpus is as present as when it was made. */
export async function loadMixedSet(profile: MixedProfile): Promise<MixedSet | undefined> {
  try {
    const set = JSON.parse(await readFile(path.join(mixedSetDir(profile), 'mixed.json'), 'utf8')) as MixedSet;
    return set.version === MIXED_VERSION && set.corpus === corpusExists ? set : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `command` runs at all (whatever its exit code: `opj_compress -h` exits 1) and its output passes `test`. */
function hasTool(command: string, args: string[], test: (output: string) => boolean): boolean {
  const run = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return run.error === undefined && test(run.stdout);
}

interface EvidenceEntry {
  key: string;
  file: string;
  title: string;
  kind: string;
  language?: string;
}

/** Writes the set from scratch, replacing whatever its folder held. */
export async function generateMixedSet(profile: MixedProfile, progress: Progress): Promise<MixedSet> {
  const root = mixedSetDir(profile);
  if (existsSync(root)) await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'files'), { recursive: true });
  const started = performance.now();
  const count = counts[profile];
  const random = Random.for(SEED, `mixed-${profile}`);
  const skipped: string[] = [];
  const canWriteHeic = hasTool('convert', ['-list', 'format'], (out) => /^\s*HEIC\*?\s+HEIC\s+rw/m.test(out));
  const canWriteJp2 = hasTool('opj_compress', ['-h'], () => true);
  if (!canWriteHeic) skipped.push('HEIC (no ImageMagick with a HEIC writer)');
  if (!canWriteJp2) skipped.push('JPEG 2000 (no opj_compress: apt-get install libopenjp2-tools)');
  if (!corpusExists) skipped.push(`the hostile corpus (${corpusDir} not found)`);

  const evidence: EvidenceEntry[] = [];
  const kinds: MixedSet['kinds'] = {};
  let largestBytes = 0;
  const note = (kind: Kind, bytes: number) => {
    const entry = (kinds[kind] ??= { files: 0, bytes: 0 });
    entry.files += 1;
    entry.bytes += bytes;
    largestBytes = Math.max(largestBytes, bytes);
  };
  const add = async (kind: Exclude<Kind, 'corpus'>, name: string, bytes: Uint8Array, title: string, evidenceKind = 'photo') => {
    await writeFile(path.join(root, 'files', name), bytes);
    evidence.push({ key: `m${evidence.length + 1}`, file: `files/${name}`, title, kind: evidenceKind });
    note(kind, bytes.length);
    progress.every(`mixed set: ${evidence.length} files (${name})`);
  };
  const scratch = path.join(root, 'scratch');
  await mkdir(scratch);

  // Phone photos, 12 MP and 8 MP, every EXIF orientation in turn.
  for (let index = 0; index < count.photo; index += 1) {
    const orientation = (index % 8) + 1;
    const [width, height] = index % 2 === 0 ? [4032, 3024] : [3264, 2448];
    const jpeg = await phonePhoto(width, height, SEED, `photo-${index}`);
    const oriented = await sharp(jpeg).withMetadata({ orientation }).jpeg({ quality: 85 }).toBuffer();
    await add('photo', `IMG_${1000 + index}.jpg`, oriented, `Photo ${index + 1} (EXIF orientation ${orientation})`);
  }
  // HEIC (HEVC) as iPhones write them: sharp's libvips has no HEVC encoder, ImageMagick's libheif
  // has. Few of them: x265 takes 15-40 s for each 12 MP picture.
  for (let index = 0; canWriteHeic && index < count.heic; index += 1) {
    const source = path.join(scratch, `heic-${index}.jpg`);
    const target = path.join(scratch, `heic-${index}.heic`);
    await writeFile(source, await phonePhoto(4032, 3024, SEED, `heic-${index}`));
    execFileSync('convert', [source, '-quality', '60', target]);
    await add('heic', `IMG_${2000 + index}.heic`, await readFile(target), `HEIC photo ${index + 1}`);
  }
  // Multi-page TIFF scans at 300 dpi: LZW greyscale, JPEG colour, CCITT G4 black and white.
  const tiffKinds = [
    { compression: 'lzw', colour: false },
    { compression: 'jpeg', colour: true },
    { compression: 'ccittfax4', bitdepth: 1, colour: false },
  ] as const;
  for (let index = 0; index < count.tiff; index += 1) {
    const pages = random.int(2, 12);
    const style = tiffKinds[index % tiffKinds.length]!;
    const scans: Buffer[] = [];
    for (let page = 0; page < pages; page += 1) {
      const scan = sharp(await scanPage(SEED, index * 20 + page)).resize(2480, 3508);
      scans.push(await (style.colour ? scan.toColourspace('srgb').tint('#f4ecd8') : 'bitdepth' in style ? scan.threshold(128) : scan).png().toBuffer());
    }
    const joined = sharp(scans, { join: { animated: true } });
    // CCITT G4 takes one band of one bit: libvips refuses the three bands a PNG read back gives.
    const tiff = await ('bitdepth' in style ? joined.toColourspace('b-w') : joined)
      .tiff({ compression: style.compression, ...('bitdepth' in style ? { bitdepth: style.bitdepth } : {}), ...(style.compression === 'jpeg' ? { quality: 80 } : {}) })
      .toBuffer();
    await add('tiff', `scan-${index + 1}.tif`, tiff, `Scanned file ${index + 1} (${pages} pages, ${style.compression})`, 'court_document');
  }
  // JPEG 2000, as some scanners and archives write it.
  for (let index = 0; canWriteJp2 && index < count.jp2; index += 1) {
    const source = path.join(scratch, `jp2-${index}.tif`);
    const target = path.join(scratch, `jp2-${index}.jp2`);
    const picture = index % 2 === 0 ? sharp(await scanPage(SEED, 500 + index)).resize(2480, 3508) : sharp(await phonePhoto(4032, 3024, SEED, `jp2-${index}`));
    await picture.tiff({ compression: 'none' }).toFile(source);
    execFileSync('opj_compress', ['-i', source, '-o', target, '-r', '20'], { stdio: 'ignore' });
    await add('jp2', `archive-${index + 1}.jp2`, await readFile(target), `JPEG 2000 image ${index + 1}`, 'other');
  }
  for (let index = 0; index < count.screenshot; index += 1) {
    await add('screenshot', `Screenshot_${index + 1}.png`, await messengerScreenshot(Random.for(SEED, `screenshot-${index}`)), `Screenshot ${index + 1}`, 'screenshot');
  }
  // Colour scans saved as PNG: pdf-lib decodes a PNG's pixels whole to embed it.
  for (let index = 0; index < count['png-scan']; index += 1) {
    const png = await sharp(await scanPage(SEED, 700 + index)).resize(2480, 3508).toColourspace('srgb').tint('#f6f0e0').png().toBuffer();
    await add('png-scan', `scan-${index + 1}.png`, png, `Colour scan ${index + 1} (PNG)`, 'identity_document');
  }
  const font = await readFile(notoSansFile('regular'));
  const scanPool: Buffer[] = [];
  for (let index = 0; index < 6; index += 1) scanPool.push(await scanPage(SEED, 900 + index));
  for (let index = 0; index < count.pdf; index += 1) {
    const pdfRandom = Random.for(SEED, `pdf-${index}`);
    const scanned = index % 3 === 0 ? 'all' : index % 3 === 1 ? 'some' : 'none';
    const title = `Document ${index + 1}`;
    const { bytes } = await pagedPdf(
      { pages: pdfRandom.skewedInt(1, 30), scanned, metadata: { title, producer: 'Dossier benchmark (mixed set)', date: new Date('2025-01-15T09:00:00Z') } },
      pdfRandom,
      { font, scans: scanPool },
      (lines) => Array.from({ length: lines }, () => sentence(pdfRandom, 'en').slice(0, 90)),
    );
    await add('pdf', `document-${index + 1}.pdf`, bytes, title, 'court_document');
  }
  // One 150 MP photo (14,142 × 10,607), as the largest phone sensors write: kept as JPEG, never decoded whole.
  for (let index = 0; index < count.huge; index += 1) {
    await add('huge', `IMG_150MP_${index + 1}.jpg`, await phonePhoto(14_142, 10_607, SEED, `huge-${index}`), '150 MP photo');
  }
  // The corpus, read where it lies: qpdf's damaged and hostile PDFs, real producers' PDFs and images.
  for (const relative of listCorpusFiles()) {
    const file = path.join(corpusDir, relative);
    evidence.push({ key: `m${evidence.length + 1}`, file, title: relative, kind: 'other' });
    note('corpus', (await readFile(file)).length);
  }
  await rm(scratch, { recursive: true, force: true });

  const caseJson = path.join(root, 'CASE.json');
  const doc = {
    client: { fullName: 'Mixed Set Client', fullNameNative: 'Смешанный Набор' },
    case: { title: 'Mixed set: the kinds of files a practice receives', forum: 'un_cat', reference: 'MIXED-13' },
    evidence,
  };
  await writeFile(caseJson, `${JSON.stringify(doc, null, 1)}\n`);
  const totals = Object.values(kinds).reduce((sum, kind) => ({ files: sum.files + kind.files, bytes: sum.bytes + kind.bytes }), { files: 0, bytes: 0 });
  const set: MixedSet = {
    version: MIXED_VERSION,
    profile,
    root,
    caseJson,
    ...totals,
    kinds,
    largestBytes,
    corpus: corpusExists,
    skipped,
    generationSeconds: (performance.now() - started) / 1000,
  };
  // Written last: its presence marks the cache complete.
  await writeFile(path.join(root, 'mixed.json'), `${JSON.stringify(set, null, 2)}\n`);
  progress.line(`mixed set: ${set.files} files, ${(set.bytes / 1e6).toFixed(0)} MB in ${set.generationSeconds.toFixed(0)} s${skipped.length ? `; skipped: ${skipped.join('; ')}` : ''}`);
  return set;
}

/** The arguments to `node` that run generate-mixed.ts for `profile`. */
export function generateMixedSetCommand(repoRoot: string, profile: MixedProfile): string[] {
  return ['--import', 'tsx', path.join(repoRoot, 'test', 'bench', 'generate-mixed.ts'), ...(profile === 'quick' ? ['--quick'] : [])];
}
