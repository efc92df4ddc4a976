// A polite live region: what just happened ("Saved", "Client archived"), read out by screen
// readers without moving focus. Keep it mounted and change its text, so the change is announced.
import type { ReactNode } from 'react';

export function StatusMessage({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <p className={['status-message', className ?? ''].filter(Boolean).join(' ')} role="status" aria-live="polite">
      {children}
    </p>
  );
}
