// Generates the synthetic practice on disk (one folder per client with its CASE.json and
// evidence files, and the archive's CASE.json files), or reuses the one a previous run left.
//
// Cache: <os.tmpdir()>/dossier-bench/practice-<profile>-seed<seed>-g<generator version>/. It is
// complete when practice.json is there (written last); anything else is deleted and generated
// again. The full practice takes about 3 GB; delete the folder to reclaim the space. Bump
// GENERATOR_VERSION whenever a change here, in the plan, in practice-files.ts or in the
// fake-document generator it calls (src/demo/fake-documents) would write different files.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { notoSansFile } from '../../src/demo/fake-documents/fonts.js';
import { scanPage } from '../../src/demo/fake-documents/seeded-files.js';
import { writeEvidenceFile, type FileAssets, type WrittenFile } from './practice-files.js';
import { planPractice, type PlannedCase, type PracticeSize } from './practice-plan.js';
import type { Progress } from './progress.js';

export const GENERATOR_VERSION = 1;

export interface PracticeCase {
  role: 'large' | 'regular';
  /** Absolute path of CASE.json. */
  caseJson: string;
  reference: string;
  events: number;
  evidence: number;
  bytes: number;
}

/** What a generated practice holds; saved as practice.json in its folder. */
export interface Practice {
  generator: number;
  seed: number;
  profile: PracticeSize['profile'];
  root: string;
  /** The folder whose files the import and `cp -r` both take: every client's folder. */
  clientsDir: string;
  cases: PracticeCase[];
  archive: { caseJsons: string[]; cases: number; events: number };
  largeCase: { caseJson: string; reference: string; exhibitFiles: string[]; exhibitPages: number; scannedPages: number };
  bigFile: { file: string; bytes: number };
  totals: {
    clients: number;
    events: number;
    evidence: number;
    files: number;
    bytes: number;
    pdfs: number;
    pdfPages: number;
    scannedPages: number;
    photos: number;
    photoMegapixels: number;
    screenshots: number;
    statements: number;
  };
  generationSeconds: number;
}

export function practiceDir(seed: number, size: PracticeSize): string {
  return path.join(os.tmpdir(), 'dossier-bench', `practice-${size.profile}-seed${seed}-g${GENERATOR_VERSION}`);
}

/** The cached practice for this seed and size, when a complete one is on disk. */
export async function loadPractice(seed: number, size: PracticeSize): Promise<Practice | undefined> {
  try {
    const practice = JSON.parse(await readFile(path.join(practiceDir(seed, size), 'practice.json'), 'utf8')) as Practice;
    return practice.generator === GENERATOR_VERSION ? practice : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` over `items` with at most `limit` at a time; sharp's encoders run off the main thread, so PDFs (JS) and images overlap. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes the practice from scratch, replacing whatever the folder held. */
export async function generatePractice(seed: number, size: PracticeSize, progress: Progress): Promise<Practice> {
  const root = practiceDir(seed, size);
  if (existsSync(root)) await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const started = performance.now();
  const plan = planPractice(seed, size);
  progress.line(`generate: writing the ${size.profile} practice (seed ${seed}) into ${root}`);

  const assets: FileAssets = { seed, font: await readFile(notoSansFile('regular')), scans: [] };
  for (let index = 0; index < size.scanPool; index += 1) assets.scans.push(await scanPage(seed, index));

  const files = plan.cases.flatMap((planned) => planned.files);
  const written = new Map<string, WrittenFile>();
  let bytesDone = 0;
  await forEachLimited(files, 3, async (file) => {
    const result = await writeEvidenceFile(root, file, assets);
    written.set(file.path, result);
    bytesDone += result.bytes;
    progress.every(`generate: ${written.size}/${files.length} files, ${(bytesDone / 1e6).toFixed(0)} MB`);
  });

  const writeCase = async (planned: PlannedCase) => {
    const target = path.join(root, planned.caseJson);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(planned.doc, null, 1)}\n`);
    return target;
  };
  const cases: PracticeCase[] = [];
  for (const planned of plan.cases) {
    cases.push({
      role: planned.role === 'large' ? 'large' : 'regular',
      caseJson: await writeCase(planned),
      reference: planned.doc.case.reference ?? '',
      events: planned.doc.events?.length ?? 0,
      evidence: planned.files.length,
      bytes: planned.files.reduce((sum, file) => sum + written.get(file.path)!.bytes, 0),
    });
  }
  const archiveJsons: string[] = [];
  for (const planned of plan.archive) archiveJsons.push(await writeCase(planned));

  const large = plan.cases[0]!;
  const stats = files.map((file) => ({ spec: file.spec, result: written.get(file.path)! }));
  const practice: Practice = {
    generator: GENERATOR_VERSION,
    seed,
    profile: size.profile,
    root,
    clientsDir: path.join(root, 'clients'),
    cases,
    archive: { caseJsons: archiveJsons, cases: plan.archive.length, events: plan.archive.reduce((sum, planned) => sum + (planned.doc.events?.length ?? 0), 0) },
    largeCase: {
      caseJson: cases[0]!.caseJson,
      reference: cases[0]!.reference,
      exhibitFiles: large.files.map((file) => path.join(root, file.path)),
      exhibitPages: large.files.reduce((sum, file) => sum + (written.get(file.path)!.pages ?? 0), 0),
      scannedPages: large.files.reduce((sum, file) => sum + (written.get(file.path)!.scannedPages ?? 0), 0),
    },
    bigFile: { file: path.join(root, plan.bigFile), bytes: size.bigFileBytes },
    totals: {
      clients: plan.cases.length,
      events: cases.reduce((sum, entry) => sum + entry.events, 0),
      evidence: files.length,
      files: files.length,
      bytes: [...written.values()].reduce((sum, result) => sum + result.bytes, 0),
      pdfs: stats.filter(({ spec }) => spec.kind === 'pdf').length,
      pdfPages: stats.reduce((sum, { result }) => sum + (result.pages ?? 0), 0),
      scannedPages: stats.reduce((sum, { result }) => sum + (result.scannedPages ?? 0), 0),
      photos: stats.filter(({ spec }) => spec.kind === 'photo').length,
      photoMegapixels: stats.reduce((sum, { spec }) => sum + (spec.kind === 'photo' ? (spec.width * spec.height) / 1e6 : 0), 0),
      screenshots: stats.filter(({ spec }) => spec.kind === 'screenshot').length,
      statements: stats.filter(({ spec }) => spec.kind === 'statement').length,
    },
    generationSeconds: (performance.now() - started) / 1000,
  };
  // Written last: its presence is what marks the cache complete.
  await writeFile(path.join(root, 'practice.json'), `${JSON.stringify(practice, null, 2)}\n`);
  progress.line(`generate: done in ${practice.generationSeconds.toFixed(1)} s, ${practice.totals.files} files, ${(practice.totals.bytes / 1e6).toFixed(0)} MB`);
  return practice;
}
