// Work the core starts by itself (the check of imported files, the reading of their text) goes
// through one lane, one piece at a time. The exhibit reader has two processes: background work
// then holds one of them at most, and the other is free for what the lawyer asks meanwhile (a
// preview, a plan, the next import's types), which would otherwise wait minutes behind the OCR
// of a long scan.
export class BackgroundLane {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` once the pieces queued before it have ended, whatever their outcome. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(work, work);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
