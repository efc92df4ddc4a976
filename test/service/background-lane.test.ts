// Background work goes one piece at a time, so it holds one of the reader's two processes at most.
import { describe, expect, it } from 'vitest';
import { BackgroundLane } from '../../src/core/service/background-lane.js';

describe('the background lane', () => {
  it('starts a piece only once the one before it has ended, whether it failed or not', async () => {
    const lane = new BackgroundLane();
    const log: string[] = [];
    let endFirst!: () => void;
    const first = lane.run(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => (endFirst = resolve));
      log.push('first ends');
      throw new Error('the first file could not be read');
    });
    const second = lane.run(async () => {
      log.push('second starts');
      return 'second read';
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual(['first starts']);
    endFirst();
    await expect(first).rejects.toThrow('the first file could not be read');
    expect(await second).toBe('second read');
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
  });
});
