// Measuring primitives: peak memory, wall time of external commands, percentiles.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface RssPeak {
  /** RSS just before the measured work began. */
  baseline: number;
  peak: number;
  extra: number;
  samples: number;
  /** Peak RSS of this process's children taken together (the exhibit reader's processes), sampled; 0 where /proc is missing. */
  childrenPeak: number;
}

const pageBytes = 4096;

/** Resident bytes of this process's direct children (Linux /proc; 0 elsewhere). */
function childrenRss(): number {
  let total = 0;
  try {
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
        try {
          total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageBytes;
        } catch {
          // The child ended between the two reads.
        }
      }
    }
  } catch {
    return 0;
  }
  return total;
}

/**
 * Samples the process's resident set size every few milliseconds, and its children's (the
 * exhibit reader parses and composes in processes of its own since issue 12). A timer cannot fire while
 * synchronous work holds the event loop (pdf-lib parsing a large PDF, say), so the kernel's
 * high-water mark (getrusage ru_maxrss) is read too: when it rose during the measurement, it is
 * the exact peak of that interval, spikes between samples included.
 */
export class RssSampler {
  private readonly baseline = process.memoryUsage.rss();
  private readonly maxRssBefore = process.resourceUsage().maxRSS * 1024;
  private peak = this.baseline;
  private childrenPeak = 0;
  private samples = 1;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 10) {
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
    // Reading /proc costs more than process.memoryUsage: the children every fifth sample.
    if (this.samples % 5 === 0) this.childrenPeak = Math.max(this.childrenPeak, childrenRss());
    this.samples += 1;
  }

  stop(): RssPeak {
    clearInterval(this.timer);
    this.sample();
    const maxRssAfter = process.resourceUsage().maxRSS * 1024;
    const peak = maxRssAfter > this.maxRssBefore ? Math.max(this.peak, maxRssAfter) : this.peak;
    return { baseline: this.baseline, peak, extra: peak - this.baseline, samples: this.samples, childrenPeak: this.childrenPeak };
  }
}

/** The value below which `fraction` of the values lie (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}

export interface CommandRun {
  seconds: number;
  stdout: string;
  code: number;
}

/** Runs a command to its end and times it from spawn to exit; fails unless the exit code is accepted. */
export function runCommand(
  command: string,
  args: readonly string[],
  acceptedCodes: readonly number[] = [0],
  options: { stderr?: 'capture' | 'inherit' } = {},
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', options.stderr === 'inherit' ? 'inherit' : 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = secondsSince(start);
      if (code !== null && acceptedCodes.includes(code)) resolve({ seconds, stdout, code });
      else reject(new Error(`${command} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}
