// The export's choice of the optional "facts by element" table (element, fact, date, exhibit and
// page), printed after the argument, as chronology tools print it.
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/Field';

export function FactsByElementOption({ checked, onChange, disabled }: { checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  const { t } = useTranslation('argument');
  return <CheckboxField label={t('factsByElement.label')} hint={t('factsByElement.hint')} checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />;
}
