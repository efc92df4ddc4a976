// The part of saving-as-you-type that is not React: the newest value waits a moment after the
// last change, one save runs at a time, a failed value stays the next to save, and a value the
// form knows is invalid is held back (nothing is sent, the lawyer's draft stays on screen).
export type AutosaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown };

export const AUTOSAVE_DELAY_MS = 800;

export interface SaveQueueOptions<T> {
  save: (value: T) => Promise<unknown>;
  onState: (state: AutosaveState) => void;
  /** Called with each value once the vault has it. */
  onSaved?: (value: T) => void;
  delay?: number;
}

export class SaveQueue<T> {
  private latest: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private state: AutosaveState = { status: 'idle' };
  private held = false;

  constructor(private readonly options: SaveQueueOptions<T>) {}

  get current(): AutosaveState {
    return this.state;
  }

  /** Whether something typed has not reached the vault yet (waiting, being sent, or refused). */
  get unsaved(): boolean {
    return this.latest !== null || this.running !== null || this.held;
  }

  /** Records a change; it is saved after the delay without further changes. */
  change(value: T): void {
    this.latest = { value };
    this.held = false;
    if (this.state.status !== 'saving') this.setState({ status: 'pending' });
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.options.delay ?? AUTOSAVE_DELAY_MS);
  }

  /** The draft as typed cannot be saved: drop what was waiting, say so, send nothing. */
  hold(): void {
    this.clearTimer();
    this.latest = null;
    this.held = true;
    if (this.state.status !== 'saving') this.setState({ status: 'invalid' });
  }

  /** Sends what is waiting now, and resolves when everything typed so far has been tried. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.running) {
      await this.running;
      if (this.latest !== null) await this.flush();
      return;
    }
    if (this.latest === null) return;
    this.running = this.sendLatest();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    if (this.latest !== null && this.state.status !== 'failed') await this.flush();
  }

  private async sendLatest(): Promise<void> {
    const { value } = this.latest!;
    this.latest = null;
    this.setState({ status: 'saving' });
    try {
      await this.options.save(value);
    } catch (error) {
      // Keep the failed value as the next to save, unless something newer is already waiting.
      this.latest ??= { value };
      this.setState({ status: 'failed', error });
      return;
    }
    this.options.onSaved?.(value);
    this.setState(this.latest !== null ? { status: 'pending' } : this.held ? { status: 'invalid' } : { status: 'saved' });
  }

  /** Stops the timer without sending (the caller flushes first if it wants the value kept). */
  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: AutosaveState): void {
    this.state = state;
    this.options.onState(state);
  }
}
