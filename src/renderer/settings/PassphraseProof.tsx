// The current passphrase, asked before an action that changes the vault's keys: the core checks
// it, and a wrong one is said at the field.
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { TextField } from '../ui/Field';

/**
 * The state of a PassphraseProof field, shared by the actions that ask for one: what is typed,
 * and whether the core said it is wrong (cleared by typing).
 */
export function usePassphraseProof() {
  const [value, setValue] = useState('');
  const [wrong, setWrong] = useState(false);
  return {
    value,
    /** The field's props; `tried`: the form was submitted, so an empty field is said to be missing. */
    field: (tried: boolean) => ({
      value,
      wrong,
      missing: tried && value === '',
      onChange: (next: string) => {
        setValue(next);
        setWrong(false);
      },
    }),
    /** Before the core is asked again: no verdict yet. */
    forgetVerdict: () => setWrong(false),
    /** True, and said at the field, when the core refused the passphrase; false for any other failure. */
    refusedBy: (error: unknown): boolean => {
      const refused = error instanceof ApiError && error.code === 'WRONG_SECRET';
      if (refused) setWrong(true);
      return refused;
    },
    clear: () => {
      setValue('');
      setWrong(false);
    },
  };
}

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
