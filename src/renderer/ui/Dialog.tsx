// A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert
// (so focus cannot leave), Escape closes it, and focus goes back to where it was when it opens.
// Tab also wraps inside, so keyboard users never land on the browser's own chrome by surprise.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DialogProps {
  /** The dialog's heading, also its accessible name. */
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom right; a "Close" button is added to the header in any case. */
  footer?: ReactNode;
  /** 'wide' for lists (search), 'normal' for forms. */
  size?: 'normal' | 'wide';
  /** The element to focus when the dialog opens; otherwise the first focusable one. */
  initialFocus?: React.RefObject<HTMLElement | null>;
  className?: string;
}

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, onClose, children, footer, size = 'normal', initialFocus, className }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // Opening happens once per mount; initialFocus is read at that moment only.
  const initialFocusAtOpen = useRef(initialFocus);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      initialFocusAtOpen.current?.current ?? dialog.querySelector('.dialog__body')?.querySelector<HTMLElement>(focusable) ?? dialog.querySelector<HTMLElement>(focusable);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Give focus back to the control that opened the dialog, if it is still on the page.
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  function onKeyDown(event: React.KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(focusable)].filter((item) => item.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={['dialog', `dialog--${size}`, className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: let React unmount the dialog rather than the browser closing it under us.
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="dialog__close" onClick={() => onCloseRef.current()} aria-label={t('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="dialog__body">{children}</div>
      {footer && <div className="dialog__footer">{footer}</div>}
    </dialog>
  );
}
