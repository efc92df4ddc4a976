// Settings: the interface language (switches at once), the auto-lock delay, changing the
// passphrase, the practice's counsel (kept in the vault), and the security area (screen capture, the vault's keys, travel mode, wipe).
// Settings live outside the vault, so they apply before it is unlocked too.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterfaceLanguage, Settings } from '../../shared/contract';
import { languages } from '../../shared/format/languages';
import { call } from '../api';
import { changeLanguage } from '../i18n';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/Field';
import { StatusMessage } from '../ui/StatusMessage';
import { CounselSection } from '../counsel/CounselSection';
import { ChangePassphrase } from './ChangePassphrase';
import { SecuritySettings } from './SecuritySettings';

const MIN_MINUTES = 1;
const MAX_MINUTES = 240;

export function SettingsPage({ settings, onSettingsChanged }: { settings: Settings; onSettingsChanged: (settings: Settings) => void }) {
  const { t } = useTranslation('settings');
  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <LanguageSetting settings={settings} onSettingsChanged={onSettingsChanged} />
      <AutoLockSetting settings={settings} onSettingsChanged={onSettingsChanged} />
      <CounselSection />
      <ChangePassphrase />
      <SecuritySettings settings={settings} onSettingsChanged={onSettingsChanged} />
    </div>
  );
}

function LanguageSetting({ settings, onSettingsChanged }: { settings: Settings; onSettingsChanged: (settings: Settings) => void }) {
  const { t } = useTranslation('settings');
  const [failure, setFailure] = useState<unknown>(null);
  // A flag, not a sentence: the message must be written in the language just chosen.
  const [saved, setSaved] = useState(false);

  async function choose(language: InterfaceLanguage) {
    setFailure(null);
    try {
      // Switch first, so the choice shows at once; then keep it for next time.
      await changeLanguage(language);
      const saved = await call('settings.update', { language });
      onSettingsChanged(saved);
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('language.title')}</h2>
      <SelectField
        label={t('language.label')}
        hint={t('language.hint')}
        value={settings.language}
        onChange={(event) => choose(event.target.value as InterfaceLanguage)}
        options={languages.map((language) => ({ value: language, label: t(`language.names.${language}`) }))}
      />
      <StatusMessage>{saved ? t('language.saved') : ''}</StatusMessage>
      {failure !== null && <ErrorNotice error={failure} />}
    </section>
  );
}

function AutoLockSetting({ settings, onSettingsChanged }: { settings: Settings; onSettingsChanged: (settings: Settings) => void }) {
  const { t } = useTranslation('settings');
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < MIN_MINUTES || value > MAX_MINUTES) {
      setError(t('autoLock.range', { min: MIN_MINUTES, max: MAX_MINUTES }));
      return;
    }
    setError(undefined);
    setFailure(null);
    setSaving(true);
    try {
      const saved = await call('settings.update', { autoLockMinutes: value });
      onSettingsChanged(saved);
      setStatus(t('autoLock.saved', { count: saved.autoLockMinutes }));
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="settings-autolock">
      <h2 id="settings-autolock">{t('autoLock.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('autoLock.label')}
          hint={t('autoLock.hint')}
          type="number"
          inputMode="numeric"
          min={MIN_MINUTES}
          max={MAX_MINUTES}
          step={1}
          className="field--short"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          error={error}
        />
        <div className="form__actions">
          <Button type="submit" busy={saving}>
            {t('autoLock.save')}
          </Button>
        </div>
      </form>
      <StatusMessage>{status}</StatusMessage>
      {failure !== null && <ErrorNotice error={failure} />}
    </section>
  );
}
