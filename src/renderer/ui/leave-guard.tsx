// Asking before what was typed into a form for a new record is thrown away: leaving the page,
// closing the case or cancelling a changed form shows "Discard unsaved changes?" first. Forms for
// records that exist save as they are typed instead (autosave.ts) and need no question.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface LeaveGuard {
  /** Adds a form's "has it changed?"; returns its removal. */
  register: (isDirty: () => boolean) => () => void;
  /**
   * Runs `leave` at once when nothing typed would be lost, else after the person agrees. `only`
   * asks about one form (its own Cancel) instead of every form on the page.
   */
  confirm: (leave: () => void, only?: () => boolean) => void;
}

export const LeaveGuardContext = createContext<LeaveGuard>({ register: () => () => undefined, confirm: (leave) => leave() });

/** The workspace's guard (to provide and to navigate through) and its question, to render. */
export function useLeaveGuard(): { guard: LeaveGuard; question: ReactNode } {
  const { t } = useTranslation('common');
  const forms = useRef(new Set<() => boolean>());
  const [asking, setAsking] = useState<{ leave: () => void } | null>(null);

  const guard = useRef<LeaveGuard>({
    register(isDirty) {
      forms.current.add(isDirty);
      return () => forms.current.delete(isDirty);
    },
    confirm(leave, only) {
      const dirty = only ? only() : [...forms.current].some((isDirty) => isDirty());
      if (dirty) setAsking({ leave });
      else leave();
    },
  }).current;

  return {
    guard,
    question: asking && (
        <Dialog
          title={t('unsaved.title')}
          onClose={() => setAsking(null)}
          className="unsaved-dialog"
          footer={
            <>
              <Button onClick={() => setAsking(null)}>{t('unsaved.keepEditing')}</Button>
              <Button
                variant="danger"
                onClick={() => {
                  const { leave } = asking;
                  setAsking(null);
                  leave();
                }}
              >
                {t('unsaved.discard')}
              </Button>
            </>
          }
        >
          <p>{t('unsaved.text')}</p>
        </Dialog>
    ),
  };
}

/** Marks the calling form as holding unsaved input while `dirty` is true. */
export function useUnsavedGuard(dirty: boolean): void {
  const { register } = useContext(LeaveGuardContext);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => register(() => dirtyRef.current), [register]);
}

/** The guard's "ask first, then do it" for a form's own Cancel or a view's own switch. */
export function useConfirmLeave(): LeaveGuard['confirm'] {
  const { confirm } = useContext(LeaveGuardContext);
  return useCallback<LeaveGuard['confirm']>((leave, only) => confirm(leave, only), [confirm]);
}

/**
 * For a form with Save and Cancel: it counts as changed while the draft differs from the one it
 * opened with, until `saved()`; `cancel(leave)` asks before throwing the changes away.
 */
export function useDraftGuard<T>(draft: T): { dirty: boolean; cancel: (leave: () => void) => void; saved: () => void } {
  const { register, confirm } = useContext(LeaveGuardContext);
  const [opened] = useState(() => JSON.stringify(draft));
  const latest = useRef(draft);
  latest.current = draft;
  const done = useRef(false);
  const isDirty = useCallback(() => !done.current && JSON.stringify(latest.current) !== opened, [opened]);
  useEffect(() => register(isDirty), [register, isDirty]);
  const cancel = useCallback((leave: () => void) => confirm(leave, isDirty), [confirm, isDirty]);
  const saved = useCallback(() => {
    done.current = true;
  }, []);
  return { dirty: isDirty(), cancel, saved };
}
