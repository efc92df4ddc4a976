// The recovery key, shown once. No copy button, and the key cannot be selected: the clipboard
// is readable by every program on the computer. The person writes it down and confirms.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { CheckboxField } from '../ui/Field';

export function RecoveryKeyNotice({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation('vault');
  const [stored, setStored] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const groups = recoveryKey.split('-');

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="gate__form recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title" ref={headingRef} tabIndex={-1}>
        {t('recovery.title')}
      </h2>
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
        <li>{t('recovery.writeDown')}</li>
        <li>{t('recovery.storeApart')}</li>
        <li>{t('recovery.onlyOnce')}</li>
      </ul>
      <CheckboxField label={t('recovery.confirm')} checked={stored} onChange={(event) => setStored(event.target.checked)} />
      <div className="form__actions">
        <Button variant="primary" disabled={!stored} onClick={onDone}>
          {t('recovery.continue')}
        </Button>
      </div>
    </section>
  );
}
