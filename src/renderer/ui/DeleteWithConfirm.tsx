// Deleting a record asks once, in place: the button turns into a question with "Yes, delete"
// and "Cancel". Focus goes to Cancel (the safe answer) when the question appears and back to the
// button when it is withdrawn; Escape withdraws it. A refused delete says why and stays asked.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonProps } from './Button';
import { ErrorNotice } from './ErrorNotice';

export interface DeleteWithConfirmProps {
  /** The button's text ("Delete"). */
  label: string;
  /** The button's accessible name where its text alone is ambiguous ("Delete deadline “Appeal”"). */
  accessibleLabel?: string;
  /** The question ("Delete the deadline “Appeal”?"). */
  question: string;
  /** The confirming button ("Yes, delete it"). */
  confirmLabel: string;
  /** The accessible name of the question's group. */
  groupLabel: string;
  onDelete: () => Promise<void>;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

export function DeleteWithConfirm({ label, accessibleLabel, question, confirmLabel, groupLabel, onDelete, variant = 'danger', size = 'normal' }: DeleteWithConfirmProps) {
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) deleteRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const confirm = async () => {
    setDeleting(true);
    setFailure(null);
    try {
      await onDelete();
    } catch (error) {
      setFailure(error);
      setDeleting(false);
    }
  };

  const withdraw = () => {
    setAsking(false);
    setFailure(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || deleting) return;
    // Inside a dialog, Escape withdraws the question, not the dialog.
    event.stopPropagation();
    event.preventDefault();
    withdraw();
  };

  if (!asking) {
    return (
      <Button ref={deleteRef} variant={variant} size={size} onClick={() => setAsking(true)} aria-label={accessibleLabel}>
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm-delete" role="group" aria-label={groupLabel} onKeyDown={onKeyDown}>
      <p>{question}</p>
      {failure !== null && <ErrorNotice error={failure} />}
      <Button variant="danger" size={size} busy={deleting} onClick={() => void confirm()}>
        {confirmLabel}
      </Button>
      <Button ref={cancelRef} size={size} onClick={withdraw} disabled={deleting}>
        {t('cancel')}
      </Button>
    </div>
  );
}
