// Settings and the list of recent vaults live outside any vault, in the app's settings folder:
// they apply before a vault is unlocked. Both are plain JSON holding no client data (a vault's
// folder path at most), written atomically; a file that is missing, damaged or written by a
// different version yields the defaults rather than stopping the app from starting.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { settings as settingsSchema, type Settings } from '../../shared/contract.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { parseInput } from '../records/parse-input.js';

export const defaultSettings: Settings = { autoLockMinutes: 10, language: 'en', hideFromScreenCapture: true };
export const MAX_RECENT_VAULTS = 10;

const recentVaultsSchema = z.object({ dirs: z.array(z.string().min(1)).max(100) });

async function readJson(file: string | undefined): Promise<unknown> {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export class SettingsStore {
  private readonly settingsFile: string | undefined;
  private readonly recentFile: string | undefined;
  private settings: Promise<Settings> | undefined;
  private recent: Promise<string[]> | undefined;
  /** Writes run one after another, so two quick updates cannot interleave. */
  private writes: Promise<unknown> = Promise.resolve();

  /** Without a folder (the command line) the defaults apply and changes last as long as the process. */
  constructor(private readonly dir: string | undefined) {
    this.settingsFile = dir === undefined ? undefined : path.join(dir, 'settings.json');
    this.recentFile = dir === undefined ? undefined : path.join(dir, 'recent-vaults.json');
  }

  get(): Promise<Settings> {
    this.settings ??= readJson(this.settingsFile).then((json) => {
      // Keys a newer or older version lacks come from the defaults; a bad value voids the file.
      const parsed = settingsSchema.safeParse(typeof json === 'object' && json !== null ? { ...defaultSettings, ...json } : undefined);
      return parsed.success ? parsed.data : { ...defaultSettings };
    });
    return this.settings;
  }

  /** Merges `changes` into the settings, validates the result and saves it. */
  update(changes: Partial<Settings>): Promise<Settings> {
    return this.serialize(async () => {
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const next = parseInput(settingsSchema, { ...(await this.get()), ...defined }, 'settings');
      await this.write(this.settingsFile, next);
      this.settings = Promise.resolve(next);
      return next;
    });
  }

  recentVaults(): Promise<string[]> {
    this.recent ??= readJson(this.recentFile).then((json) => {
      const parsed = recentVaultsSchema.safeParse(json);
      return parsed.success ? parsed.data.dirs.slice(0, MAX_RECENT_VAULTS) : [];
    });
    return this.recent;
  }

  /** Puts `dir` first in the recent list (once), keeping the newest MAX_RECENT_VAULTS. */
  rememberVault(dir: string): Promise<string[]> {
    return this.changeRecent((dirs) => [dir, ...dirs.filter((existing) => existing !== dir)].slice(0, MAX_RECENT_VAULTS));
  }

  forgetVault(dir: string): Promise<string[]> {
    return this.changeRecent((dirs) => dirs.filter((existing) => existing !== dir));
  }

  private changeRecent(change: (dirs: string[]) => string[]): Promise<string[]> {
    return this.serialize(async () => {
      const next = change(await this.recentVaults());
      await this.write(this.recentFile, { dirs: next });
      this.recent = Promise.resolve(next);
      return next;
    });
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(work, work);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async write(file: string | undefined, value: unknown): Promise<void> {
    if (this.dir === undefined || file === undefined) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
  }
}
