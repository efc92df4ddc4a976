// Text typed a moment ago that an autosave is still waiting to send. The workspace sends it all
// before the lawyer's own Lock takes the key away, and before the window shows something else (a
// tab switch, another page), so what was typed is in the vault before anything can be missed.
// (An inactivity lock has nothing waiting: nobody has typed for minutes.)
import { createContext, useContext, useEffect } from 'react';

export interface PendingSaves {
  /** Adds a flush to run; returns its removal. */
  register: (flush: () => Promise<void>) => () => void;
  /** Sends everything waiting; never rejects (a failed save must not keep the vault open). */
  flushAll: () => Promise<void>;
}

export function createPendingSaves(): PendingSaves {
  const pending = new Set<() => Promise<void>>();
  return {
    register(flush) {
      pending.add(flush);
      return () => pending.delete(flush);
    },
    async flushAll() {
      await Promise.allSettled([...pending].map((flush) => flush()));
    },
  };
}

export const PendingSavesContext = createContext<PendingSaves>(createPendingSaves());

export function usePendingSave(flush: () => Promise<void>): void {
  const { register } = useContext(PendingSavesContext);
  useEffect(() => register(flush), [register, flush]);
}

/** Sends everything waiting in the window (before a tab switch, say). */
export function useFlushPendingSaves(): () => Promise<void> {
  return useContext(PendingSavesContext).flushAll;
}
