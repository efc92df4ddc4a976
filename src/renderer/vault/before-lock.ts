// Work that must reach the vault before the lawyer's own Lock takes the key away: text typed
// less than a moment ago that an autosave is still waiting to send. The workspace runs these
// first, then locks. (An inactivity lock has nothing waiting: nobody has typed for minutes.)
import { createContext, useContext, useEffect } from 'react';

export interface BeforeLock {
  /** Adds work to run before locking; returns its removal. */
  register: (work: () => Promise<void>) => () => void;
}

export const BeforeLockContext = createContext<BeforeLock>({ register: () => () => undefined });

/** The registry a workspace provides, and the way it runs everything registered. */
export function createBeforeLock(): BeforeLock & { run: () => Promise<void> } {
  const pending = new Set<() => Promise<void>>();
  return {
    register(work) {
      pending.add(work);
      return () => pending.delete(work);
    },
    async run() {
      // A failed save must not keep the vault open: the lock goes ahead whatever happens.
      await Promise.allSettled([...pending].map((work) => work()));
    },
  };
}

export function useBeforeLock(work: () => Promise<void>): void {
  const { register } = useContext(BeforeLockContext);
  useEffect(() => register(work), [register, work]);
}
