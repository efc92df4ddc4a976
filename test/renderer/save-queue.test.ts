// Saving as the lawyer types, without React: the newest value wins, one save at a time, a failed
// value stays to be retried, a refused draft is held back and counts as unsaved, and kept drafts
// are forgotten only once the vault has exactly them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeptDrafts } from '../../src/renderer/ui/kept-drafts.js';
import { SaveQueue, type AutosaveState } from '../../src/renderer/ui/save-queue.js';

function queueWith(save: (value: string) => Promise<unknown>) {
  const states: AutosaveState['status'][] = [];
  const saved: string[] = [];
  const queue = new SaveQueue<string>({ save, onState: (state) => states.push(state.status), onSaved: (value) => saved.push(value), delay: 800 });
  return { queue, states, saved };
}

describe('the save queue', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends only the newest value, a moment after the last change', async () => {
    const sent: string[] = [];
    const { queue, states, saved } = queueWith(async (value) => void sent.push(value));
    queue.change('Ру');
    queue.change('Руш');
    await vi.advanceTimersByTimeAsync(799);
    expect(sent).toEqual([]);
    expect(queue.unsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['Руш']);
    expect(saved).toEqual(['Руш']);
    expect(states).toEqual(['pending', 'pending', 'saving', 'saved']);
    expect(queue.unsaved).toBe(false);
  });

  it('flushes at once and waits for a save already under way, then sends what came during it', async () => {
    let release: () => void = () => undefined;
    const sent: string[] = [];
    const { queue } = queueWith(
      (value) =>
        new Promise<void>((resolve) => {
          sent.push(value);
          release = resolve;
        }),
    );
    queue.change('first');
    const first = queue.flush();
    queue.change('second');
    const second = queue.flush();
    expect(sent).toEqual(['first']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['first', 'second']);
    release();
    await Promise.all([first, second]);
    expect(queue.current.status).toBe('saved');
    expect(queue.unsaved).toBe(false);
  });

  it('keeps a value the vault refused as the next to save, and sends it on retry', async () => {
    let fail = true;
    const sent: string[] = [];
    const { queue } = queueWith(async (value) => {
      sent.push(value);
      if (fail) throw new Error('vault busy');
    });
    queue.change('text');
    await queue.flush();
    expect(queue.current.status).toBe('failed');
    expect(queue.unsaved).toBe(true);
    fail = false;
    await queue.flush();
    expect(sent).toEqual(['text', 'text']);
    expect(queue.current.status).toBe('saved');
  });

  it('holds back a draft the form found invalid: nothing sent, still unsaved, until a valid change', async () => {
    const sent: string[] = [];
    const { queue } = queueWith(async (value) => void sent.push(value));
    queue.change('valid');
    queue.hold();
    await vi.advanceTimersByTimeAsync(2000);
    await queue.flush();
    expect(sent).toEqual([]);
    expect(queue.current.status).toBe('invalid');
    expect(queue.unsaved).toBe(true);
    queue.change('valid again');
    await queue.flush();
    expect(sent).toEqual(['valid again']);
    expect(queue.unsaved).toBe(false);
  });

  it('says "invalid", not "saved", when the draft turned invalid while a save was running', async () => {
    let release: () => void = () => undefined;
    const { queue } = queueWith(() => new Promise<void>((resolve) => (release = resolve)));
    queue.change('ok');
    const running = queue.flush();
    queue.hold();
    release();
    await running;
    expect(queue.current.status).toBe('invalid');
  });
});

describe('kept drafts', () => {
  it('forgets a draft once that very draft is saved, not when an older one is', () => {
    const drafts = new KeptDrafts();
    const older = { description: 'Постановление' };
    const newer = { description: 'Постановление об аресте' };
    drafts.keep('evidence:1', older);
    drafts.keep('evidence:1', newer);
    drafts.forget('evidence:1', older);
    expect(drafts.get('evidence:1')).toBe(newer);
    drafts.forget('evidence:1', newer);
    expect(drafts.has('evidence:1')).toBe(false);
  });
});
