// The password of a protected PDF, asked in a small dialog from the file's details when the
// dossier cannot reproduce it for want of one. The core opens the file with it before answering:
// a wrong one is said at the field at once (nothing is kept), a right one comes back as the file
// with its new badge. What is typed lives in this dialog only and is dropped when it closes.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import { ApiError, call } from '../../api';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';

/** Whether the file's badge is for a missing or wrong password: the case for offering the dialog. */
export function asksForPassword(item: EvidenceListItem): boolean {
  return item.dossierSupport === 'not_reproduced' && (item.supportReason === 'needs_password' || item.supportReason === 'wrong_password');
}

export function PdfPasswordDialog({ item, onSaved, onClose }: { item: EvidenceListItem; onSaved: (item: EvidenceListItem) => void; onClose: () => void }) {
  const { t } = useTranslation(['evidence', 'common']);
  const formId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (password === '') {
      inputRef.current?.focus();
      return;
    }
    setChecking(true);
    try {
      const saved = await call('evidence.setPdfPassword', { id: item.id, password });
      setPassword('');
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WRONG_PASSWORD') {
        setWrong(true);
        inputRef.current?.select();
      } else {
        setFailure(error);
      }
    } finally {
      setChecking(false);
    }
  }

  return (
    <Dialog
      title={t('password.title')}
      onClose={onClose}
      initialFocus={inputRef}
      footer={
        <>
          <Button onClick={onClose} disabled={checking}>
            {t('common:cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} busy={checking}>
            {t('password.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <p dir="auto">{t('password.intro', { title: item.title })}</p>
        <TextField
          type="password"
          label={t('password.label')}
          hint={t('password.hint')}
          autoComplete="off"
          spellCheck={false}
          required
          dir="ltr"
          value={password}
          inputRef={inputRef}
          onChange={(event) => {
            setPassword(event.target.value);
            setWrong(false);
          }}
          error={wrong ? t('password.wrong') : tried && password === '' ? t('password.missing') : undefined}
        />
        <StatusMessage>{checking ? t('password.checking') : null}</StatusMessage>
        {failure !== null && <ErrorNotice error={failure} />}
      </form>
    </Dialog>
  );
}
