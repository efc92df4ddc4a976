// The export view's choice of redaction profile: None by default, else one of the case's
// profiles, whose id the plan, the pre-flight, the citation report and the export all receive.
// The list is read again each time the export view is shown, so a profile made a moment ago in
// the Redaction tab is there; a chosen profile since deleted goes back to None.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionProfile } from '../../../shared/redaction';
import { call } from '../../api';
import { SelectField } from '../../ui/Field';

interface RedactionChooserProps {
  caseId: string;
  /** Whether the export view is on screen: each showing reads the profiles afresh. */
  shown: boolean;
  /** The chosen profile's id; '' for none. */
  value: string;
  onChange: (id: string) => void;
  disabled?: boolean | undefined;
}

export function RedactionChooser({ caseId, shown, value, onChange, disabled }: RedactionChooserProps) {
  const { t } = useTranslation('redaction');
  // The last list read stays while the view is hidden, so the choice stays as it was.
  const [list, setList] = useState<RedactionProfile[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!shown) return undefined;
    let current = true;
    call('redaction.list', { caseId })
      .then((profiles) => {
        if (!current) return;
        setList(profiles);
        setFailed(false);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [caseId, shown]);

  useEffect(() => {
    if (list && value !== '' && !list.some((profile) => profile.id === value)) onChange('');
  }, [list, value, onChange]);

  return (
    <SelectField
      label={t('chooser.label')}
      value={value}
      disabled={disabled}
      options={[{ value: '', label: t('chooser.none') }, ...(list ?? []).map((profile) => ({ value: profile.id, label: profile.name }))]}
      hint={failed ? t('chooser.failed') : t('chooser.hint')}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
