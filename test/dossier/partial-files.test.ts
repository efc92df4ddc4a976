// The export writes beside its target under a temporary name that says which process writes it
// (host and pid), and renames it when complete. A crash leaves that file behind: the next export
// to the same name in that folder removes it once its writer is gone, and nothing else: not a
// live writer's file, not another machine's, not another target's, and never through a link.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { lstat, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../src/core/dossier/export-dossier.js';
import { importCase } from '../../src/core/intake/case-file.js';
import { writeSampleCase } from '../support/sample-case.js';
import { tempDir } from '../support/temp-dir.js';
import { newVault } from '../support/vault.js';

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('temporary export files', () => {
  it('are named after their writer, and a crashed writer’s file for the same target is swept by the next export', async () => {
    const { vault } = await newVault();
    const dir = await tempDir();
    const { caseId } = await importCase(vault, await writeSampleCase(dir));
    const host = os.hostname();
    const dead = deadPid();
    const outside = path.join(await tempDir(), 'precious.txt');
    await writeFile(outside, 'not the exporter’s to delete');

    const stale = `.dossier.pdf.${host}-${dead}-0badcafe.partial`;
    const planted = {
      stale,
      live: `.dossier.pdf.${host}-${process.pid}-1badcafe.partial`,
      otherHost: `.dossier.pdf.another-machine-${dead}-2badcafe.partial`,
      otherTarget: `.other.pdf.${host}-${dead}-3badcafe.partial`,
      link: `.dossier.pdf.${host}-${dead}-4badcafe.partial`,
    };
    for (const [kind, name] of Object.entries(planted)) if (kind !== 'link') await writeFile(path.join(dir, name), 'half a dossier');
    await symlink(outside, path.join(dir, planted.link));

    const seenWhileWriting: string[] = [];
    const out = path.join(dir, 'dossier.pdf');
    await exportDossier(vault, caseId, out, {
      today: '2026-11-21',
      onProgress: (progress) => {
        if (progress.phase === 'finishing' && seenWhileWriting.length === 0) seenWhileWriting.push(...readdirSync(dir));
      },
    });

    // While it wrote, its own temporary file named this process.
    const own = seenWhileWriting.filter((name) => name.endsWith('.partial') && !Object.values(planted).includes(name));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(new RegExp(`^\\.dossier\\.pdf\\.${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${process.pid}-[0-9a-f]{8}\\.partial$`));

    const after = await readdir(dir);
    expect(after).toContain('dossier.pdf');
    expect(after).not.toContain(planted.stale);
    for (const kept of [planted.live, planted.otherHost, planted.otherTarget]) expect(after).toContain(kept);
    // A link is never followed, nor taken for a file of ours.
    expect((await lstat(path.join(dir, planted.link))).isSymbolicLink()).toBe(true);
    expect(await readFile(outside, 'utf8')).toBe('not the exporter’s to delete');
    expect(after.filter((name) => name.endsWith('.partial')).sort()).toEqual([planted.live, planted.otherHost, planted.otherTarget, planted.link].sort());
  });
});
