// Saves as the lawyer types: ~800 ms after the last change, one save at a time, always the
// newest text (the queue: save-queue.ts). The form is never refilled from the server's answer,
// so nothing typed during a save is lost; a change still waiting when the form closes is sent at
// once, and the workspace sends it before a lock or a tab switch (pending-saves.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePendingSave } from './pending-saves';
import { AUTOSAVE_DELAY_MS, SaveQueue, type AutosaveState } from './save-queue';

export type { AutosaveState } from './save-queue';

export function useAutosave<T>(save: (value: T) => Promise<unknown>, options: { delay?: number; onSaved?: (value: T) => void } = {}) {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const callbacks = useRef({ save, onSaved: options.onSaved });
  callbacks.current = { save, onSaved: options.onSaved };
  const [queue] = useState(
    () =>
      new SaveQueue<T>({
        save: (value) => callbacks.current.save(value),
        onSaved: (value) => callbacks.current.onSaved?.(value),
        onState: (next) => setState(next),
        delay: options.delay ?? AUTOSAVE_DELAY_MS,
      }),
  );

  const flush = useCallback(() => queue.flush(), [queue]);
  const change = useCallback((value: T) => queue.change(value), [queue]);
  const hold = useCallback(() => queue.hold(), [queue]);

  // Closing the form (another file, another page) sends what is waiting, at once.
  useEffect(
    () => () => {
      void queue.flush();
    },
    [queue],
  );
  usePendingSave(flush);

  return { state, change, hold, flush, retry: flush };
}
