// The recovery key, shown once. No copy button, and the key cannot be selected: the clipboard
// is readable by every program on the computer. The person writes it down and confirms.
// Shown after creating a vault, and in Settings after a new recovery key or a renewed vault key
// (`replacesOld`: the old key no longer opens the vault, which the person must know).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { CheckboxField } from '../ui/Field';

export function RecoveryKeyNotice({
  recoveryKey,
  onDone,
  replacesOld = false,
  doneLabel,
  headingLevel = 2,
}: {
  recoveryKey: string;
  onDone: () => void;
  replacesOld?: boolean;
  /** The button that leaves the key behind ("Continue to the vault" by default). */
  doneLabel?: string;
  /** Under a page's own section heading (Settings), one level lower. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('vault');
  const [stored, setStored] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const groups = recoveryKey.split('-');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="gate__form recovery" aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {replacesOld ? t('recovery.newTitle') : t('recovery.title')}
      </Heading>
      <p>{t('recovery.intro')}</p>
      <div className="recovery__box">
        <p className="recovery__label">{t('recovery.keyLabel')}</p>
        <p className="recovery__key" translate="no" dir="ltr">
          {groups.map((group, index) => (
            // Spaces between groups in the text, so a screen reader reads them apart.
            <span key={index} className="recovery__group">
              {group}
              {index < groups.length - 1 ? ' ' : ''}
            </span>
          ))}
        </p>
      </div>
      <ul className="recovery__advice">
        {replacesOld && <li className="recovery__revoked">{t('recovery.oldKeyRevoked')}</li>}
        <li>{t('recovery.writeDown')}</li>
        <li>{t('recovery.storeApart')}</li>
        <li>{t('recovery.onlyOnce')}</li>
      </ul>
      <CheckboxField label={t('recovery.confirm')} checked={stored} onChange={(event) => setStored(event.target.checked)} />
      <div className="form__actions">
        <Button variant="primary" disabled={!stored} onClick={onDone}>
          {doneLabel ?? t('recovery.continue')}
        </Button>
      </div>
    </section>
  );
}
