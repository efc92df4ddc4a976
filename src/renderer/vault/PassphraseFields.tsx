// A new passphrase and its confirmation, with the strength meter between them. Shared by
// vault creation and the change-passphrase form. The parent owns the values; `problem` tells
// it whether the pair can be submitted (and why not). The meter and `problem` apply the core's
// own rule (src/shared/passphrase-strength.ts), so the window refuses what the core would.
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/Field';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, usePassphraseVerdict, type PassphraseVerdict } from './passphrase-strength';

export { passphraseProblem, passphraseProblemWhenReady, type PassphraseProblem } from './passphrase-strength';

export function PassphraseFields({
  passphrase,
  confirmation,
  onPassphrase,
  onConfirmation,
  showErrors,
  label,
  autoFocus,
}: {
  passphrase: string;
  confirmation: string;
  onPassphrase: (value: string) => void;
  onConfirmation: (value: string) => void;
  /** Errors show once the person has tried to submit, not while they type. */
  showErrors: boolean;
  label?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('vault');
  const verdict = usePassphraseVerdict(passphrase);
  const problem = passphraseProblem(passphrase, confirmation);
  const length = [...passphrase].length;

  return (
    <>
      <TextField
        type="password"
        label={label ?? t('passphrase.new')}
        hint={t('passphrase.newHint', { count: MIN_PASSPHRASE_LENGTH })}
        autoComplete="new-password"
        autoFocus={autoFocus}
        required
        value={passphrase}
        onChange={(event) => onPassphrase(event.target.value)}
        error={
          showErrors && problem === 'tooShort'
            ? t('passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH })
            : showErrors && problem === 'weak'
              ? t('passphrase.weak')
              : undefined
        }
        dir="ltr"
      />
      <StrengthMeter verdict={passphrase === '' ? null : verdict} length={length} />
      <TextField
        type="password"
        label={t('passphrase.confirm')}
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => onConfirmation(event.target.value)}
        error={showErrors && problem === 'mismatch' ? t('passphrase.mismatch') : undefined}
        dir="ltr"
      />
    </>
  );
}

/**
 * Four bars that fill with the 0–4 score, and the score in words (which is what is announced).
 * A passphrase the core would refuse is said to be so, with how to make it stronger, as it is typed.
 */
function StrengthMeter({ verdict, length }: { verdict: PassphraseVerdict | null; length: number }) {
  const { t } = useTranslation('vault');
  const short = length > 0 && length < MIN_PASSPHRASE_LENGTH;
  const score = verdict?.score ?? null;
  const word = score === null ? (length === 0 ? t('strength.empty') : t('strength.checking')) : t(`strength.score${score}`);
  return (
    <div className={`strength strength--${score ?? 'none'}`}>
      <div className="strength__bars" aria-hidden="true">
        {[1, 2, 3, 4].map((bar) => (
          <span key={bar} className={score !== null && score >= bar ? 'strength__bar strength__bar--on' : 'strength__bar'} />
        ))}
      </div>
      <p className="strength__text" aria-live="polite">
        {t('strength.label')}: <strong>{word}</strong>
        {short && <span className="strength__length"> · {t('passphrase.moreCharacters', { count: MIN_PASSPHRASE_LENGTH - length })}</span>}
        {!short && verdict !== null && !verdict.strongEnough && <span className="strength__advice"> · {t('strength.advice')}</span>}
      </p>
    </div>
  );
}
