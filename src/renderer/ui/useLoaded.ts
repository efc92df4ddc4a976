// Loads something from the core for a view: loading, then the value or the error, with a
// reload. An answer that arrives after the view moved on (deps changed, unmounted) is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): {
  state: Loaded<T>;
  reload: () => void;
  /** Replaces the value in place (after a save), without a round trip. */
  setValue: (value: T) => void;
} {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    loadRef
      .current()
      .then((value) => current && setState({ status: 'ready', value }))
      .catch((error: unknown) => current && setState({ status: 'failed', error }));
    return () => {
      current = false;
    };
    // The caller's deps decide when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const setValue = useCallback((value: T) => setState({ status: 'ready', value }), []);
  return { state, reload, setValue };
}
