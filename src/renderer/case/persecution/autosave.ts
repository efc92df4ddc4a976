// Saves as the lawyer types: ~800 ms after the last change, one save at a time, always the
// newest text. The form is never refilled from the server's answer, so nothing typed during a
// save is lost; a change still waiting when the view closes is saved at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBeforeLock } from '../../vault/before-lock';

export type AutosaveState = { status: 'idle' } | { status: 'pending' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: unknown };

export const AUTOSAVE_DELAY_MS = 800;

export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = AUTOSAVE_DELAY_MS) {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const latest = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current || latest.current === null) return;
    const { value } = latest.current;
    latest.current = null;
    inFlight.current = true;
    setState({ status: 'saving' });
    try {
      await saveRef.current(value);
      setState(latest.current === null ? { status: 'saved' } : { status: 'pending' });
    } catch (error) {
      // Keep the failed text as the next to save, unless something newer is already waiting.
      latest.current ??= { value };
      setState({ status: 'failed', error });
      inFlight.current = false;
      return;
    }
    inFlight.current = false;
    if (latest.current !== null) await flush();
  }, []);

  /** Records a change; it is saved after `delay` without further changes. */
  const change = useCallback(
    (value: T) => {
      latest.current = { value };
      setState((current) => (current.status === 'saving' ? current : { status: 'pending' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  useEffect(
    () => () => {
      if (latest.current !== null) void flush();
    },
    [flush],
  );
  // The lawyer's Lock waits for text typed a moment ago.
  useBeforeLock(flush);

  return { state, change, retry: flush };
}
