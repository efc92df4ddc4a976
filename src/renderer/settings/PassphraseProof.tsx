// The current passphrase, asked before an action that changes the vault's keys: the core checks
// it, and a wrong one is said at the field.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/Field';

export function PassphraseProof({
  value,
  onChange,
  missing,
  wrong,
  disabled,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  /** Submitted empty. */
  missing: boolean;
  /** The core said it is not the passphrase. */
  wrong: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('settings');
  return (
    <TextField
      type="password"
      label={t('passphrase.current')}
      autoComplete="current-password"
      required
      dir="ltr"
      value={value}
      disabled={disabled}
      inputRef={inputRef}
      onChange={(event) => onChange(event.target.value)}
      error={wrong ? t('passphrase.wrongCurrent') : missing ? t('passphrase.currentMissing') : undefined}
    />
  );
}
