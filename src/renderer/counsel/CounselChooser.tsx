// The case's counsel, chosen among the vault's (Settings → Counsel): whose details the forum's
// cover and proof of service print. "None" keeps the free-text responsible lawyer as the name.
// A case naming counsel the list has not loaded yet still shows its choice, never drops it.
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { SelectField } from '../ui/Field';
import { useLoaded } from '../ui/useLoaded';

export function CounselChooser({ value, onChange, error }: { value: string; onChange: (counselId: string) => void; error?: string | undefined }) {
  const { t } = useTranslation('counsel');
  const { state } = useLoaded(() => call('counsel.list'), []);
  const records = state.status === 'ready' ? state.value : [];
  const options = records.map((record) => ({ value: record.id, label: record.firm ? `${record.name}, ${record.firm}` : record.name }));
  if (value !== '' && !options.some((option) => option.value === value)) options.push({ value, label: value });
  return (
    <SelectField
      data-field="counselId"
      label={t('chooser.label')}
      hint={t('chooser.hint')}
      placeholder={t('chooser.none')}
      value={value}
      options={options}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
