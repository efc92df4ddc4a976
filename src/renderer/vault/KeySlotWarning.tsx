// The vault's list of key slots no longer matches what the vault key signed: a slot was added
// or removed outside Dossier. Said plainly under the header after unlocking, with what the core
// found and what to do; it stays until dismissed, and comes back at the next unlock until the
// key is renewed.
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';

export function KeySlotWarning({ detail, onOpenSettings, onDismiss }: { detail: string; onOpenSettings: () => void; onDismiss: () => void }) {
  const { t } = useTranslation('vault');
  return (
    <div className="key-slot-warning" role="alert">
      <div className="key-slot-warning__text">
        <p className="key-slot-warning__title">{t('headerWarning.title')}</p>
        {/* The core describes the change in English. */}
        <p lang="en">{detail}</p>
        <p>{t('headerWarning.advice')}</p>
      </div>
      <div className="key-slot-warning__actions">
        <Button size="small" onClick={onOpenSettings}>
          {t('headerWarning.openSettings')}
        </Button>
        <Button size="small" variant="quiet" onClick={onDismiss}>
          {t('headerWarning.dismiss')}
        </Button>
      </div>
    </div>
  );
}
