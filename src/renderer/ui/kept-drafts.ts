// Drafts that outlive their form: a file's description typed and not yet saved (or refused, an
// empty title say) is still there when the lawyer comes back to the file. They live in memory
// only, in the unlocked workspace, so locking forgets them with everything else it showed.
import { createContext, useCallback, useContext, useRef, useState } from 'react';

export class KeptDrafts {
  private readonly drafts = new Map<string, unknown>();

  get<T>(key: string): T | undefined {
    return this.drafts.get(key) as T | undefined;
  }

  keep(key: string, draft: unknown): void {
    this.drafts.set(key, draft);
  }

  /** Forgets the draft, but only if it is still `draft` (a newer one typed since stays). */
  forget(key: string, draft?: unknown): void {
    if (draft === undefined || this.drafts.get(key) === draft) this.drafts.delete(key);
  }

  has(key: string): boolean {
    return this.drafts.has(key);
  }
}

export const KeptDraftsContext = createContext<KeptDrafts>(new KeptDrafts());

/**
 * A form's draft, kept under `key` while it differs from what is saved: starts from the kept one
 * if there is one, else from `initial`. `saved(draft)` forgets it once the vault has it.
 */
export function useKeptDraft<T>(key: string, initial: () => T) {
  const store = useContext(KeptDraftsContext);
  const [draft, setDraftState] = useState<T>(() => store.get<T>(key) ?? initial());
  const latest = useRef(draft);
  const setDraft = useCallback(
    (next: T) => {
      latest.current = next;
      store.keep(key, next);
      setDraftState(next);
    },
    [store, key],
  );
  const saved = useCallback((value: T) => store.forget(key, value), [store, key]);
  return { draft, setDraft, saved, latest, restored: store.has(key) };
}
