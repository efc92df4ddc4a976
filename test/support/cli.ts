// Runs the real command line in a child process, as a user would through npm.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './sample-case.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const cliEntry = path.join(repoRoot, 'src', 'cli', 'main.ts');

/** `node --import tsx src/cli/main.ts ...args`, with only the given secrets in its environment. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const { DOSSIER_PASSPHRASE, DOSSIER_NEW_PASSPHRASE, DOSSIER_RECOVERY_KEY, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, ...args], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
