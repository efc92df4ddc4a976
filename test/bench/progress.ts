// Progress lines on stderr, so a long benchmark is never silent; stdout keeps only the results.
export class Progress {
  private readonly started = performance.now();
  private lastThrottled = 0;

  constructor(
    private readonly name = 'bench',
    private readonly throttleMs = 2_000,
  ) {}

  line(message: string): void {
    process.stderr.write(`[${this.name} ${((performance.now() - this.started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
  }

  /** Like line(), but at most once every couple of seconds: for per-file and per-row updates. */
  every(message: string): void {
    const now = performance.now();
    if (now - this.lastThrottled < this.throttleMs) return;
    this.lastThrottled = now;
    this.line(message);
  }
}
