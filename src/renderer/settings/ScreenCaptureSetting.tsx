// Hiding the window from screenshots and screen sharing (the shell applies it with
// setContentProtection). Saved as soon as it is ticked or unticked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/contract';
import { call } from '../api';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';

export function ScreenCaptureSetting({ settings, onSettingsChanged }: { settings: Settings; onSettingsChanged: (settings: Settings) => void }) {
  const { t } = useTranslation('settings');
  // Shown at once; put back if saving fails.
  const [checked, setChecked] = useState(settings.hideFromScreenCapture);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<boolean | null>(null);

  async function change(hide: boolean) {
    setChecked(hide);
    setFailure(null);
    try {
      const next = await call('settings.update', { hideFromScreenCapture: hide });
      onSettingsChanged(next);
      setChecked(next.hideFromScreenCapture);
      setSaved(next.hideFromScreenCapture);
    } catch (error) {
      setChecked(!hide);
      setFailure(error);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="settings-capture">
      <h3 id="settings-capture">{t('security.capture.title')}</h3>
      <CheckboxField
        label={t('security.capture.label')}
        hint={t('security.capture.hint')}
        checked={checked}
        onChange={(event) => void change(event.target.checked)}
      />
      <StatusMessage>{saved === null ? '' : saved ? t('security.capture.hidden') : t('security.capture.shown')}</StatusMessage>
      {failure !== null && <ErrorNotice error={failure} />}
    </section>
  );
}
