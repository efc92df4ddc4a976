// The core's inactivity lock counts from the last activity the window reports. Keys, pointer
// and wheel count; the report goes at most once per 30 s, so typing costs nothing.
import { useEffect } from 'react';
import { call } from '../api';

const REPORT_INTERVAL_MS = 30_000;

export function useActivityReport(): void {
  useEffect(() => {
    let lastReport = 0;
    const report = () => {
      const now = Date.now();
      if (now - lastReport < REPORT_INTERVAL_MS) return;
      lastReport = now;
      // A failed report is not worth a message: at worst the vault locks a little early.
      call('session.activity').catch(() => undefined);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, report, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, report, { capture: true });
    };
  }, []);
}
