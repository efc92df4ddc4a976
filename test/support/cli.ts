// Runs the real command line (src/cli/main.ts) in a child process, as a user would through npm:
// `node --import tsx`, not the tsx binary, which would put the CLI in a grandchild that a
// SIGKILL to the child would not reach. Stderr arrives line by line, as the progress does.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './sample-case.js';

export const cliEntry = path.join(repoRoot, 'src', 'cli', 'main.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  ms: number;
}

export interface CliOptions {
  /** Added to the inherited environment (secrets such as DOSSIER_PASSPHRASE go here). */
  env?: Record<string, string | undefined>;
  /** Called with each complete stderr line as it arrives (progress lines, refusals). */
  onStderrLine?: (line: string, child: ChildProcess) => void;
  /** The child is killed and the run fails after this long (default 60 s). */
  timeoutMs?: number;
  /** Written to the child's stdin, which is then closed (a secret piped in); no stdin otherwise. */
  input?: string;
}

export function startCli(args: string[], options: CliOptions = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  let stdout = '';
  let stderr = '';
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
    pending += text;
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n')) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      options.onStderrLine?.(line, child);
    }
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dossier ${args.join(' ')} did not finish in ${timeoutMs} ms; stderr:\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
  return { child, done };
}

/** Runs a command to its end with only the given secrets: none are inherited from the test's environment. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const noSecrets = { DOSSIER_PASSPHRASE: undefined, DOSSIER_NEW_PASSPHRASE: undefined, DOSSIER_RECOVERY_KEY: undefined };
  return startCli(args, { env: { ...noSecrets, ...env } }).done;
}

export interface KillOptions {
  /** Kill (SIGKILL) on the first stderr line this accepts. */
  killOn?: ((line: string) => boolean) | undefined;
  /** Or kill this many milliseconds after the start. */
  killAfterMs?: number | undefined;
}

/**
 * Runs a command and kills it with SIGKILL as a crash would: on a progress line, or after a
 * delay. The run may also end on its own first (nothing left to kill); `firedOn` says which.
 */
export async function runCliKilled(
  args: string[],
  { killOn, killAfterMs, ...options }: Omit<CliOptions, 'onStderrLine'> & KillOptions,
): Promise<{ result: CliResult; firedOn: string | undefined }> {
  let firedOn: string | undefined;
  const { child, done } = startCli(args, {
    ...options,
    onStderrLine: (line, proc) => {
      if (firedOn !== undefined || !killOn?.(line)) return;
      firedOn = line;
      proc.kill('SIGKILL');
    },
  });
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          firedOn ??= `after ${killAfterMs} ms`;
          child.kill('SIGKILL');
        }, killAfterMs);
  try {
    return { result: await done, firedOn };
  } finally {
    clearTimeout(timer);
  }
}
