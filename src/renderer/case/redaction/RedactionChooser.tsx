// The export view's choice of redaction profile: None by default, else one of the case's
// profiles, whose id the plan, the pre-flight, the citation report and the export all receive.
// The list is read again each time the export view is shown, so a profile made a moment ago in
// the Redaction tab is there. A chosen profile since deleted (or deleted and made again, which is
// a new profile) is no longer chosen, and the chooser says so in words until the lawyer chooses
// again: the view holds the export back meanwhile, so no dossier goes out unredacted unseen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionProfile } from '../../../shared/redaction';
import { call } from '../../api';
import { SelectField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';

/** The select's value while the chosen profile is gone: neither None nor a profile, so choosing None is a change. */
const LOST = 'lost';

interface RedactionChooserProps {
  caseId: string;
  /** Whether the export view is on screen: each showing reads the profiles afresh. */
  shown: boolean;
  /** The chosen profile's id; '' for none. */
  value: string;
  onChange: (id: string) => void;
  /** Told the name of a chosen profile found gone, and null once the lawyer has chosen again. */
  onLost?: ((name: string | null) => void) | undefined;
  disabled?: boolean | undefined;
}

export function RedactionChooser({ caseId, shown, value, onChange, onLost, disabled }: RedactionChooserProps) {
  const { t } = useTranslation('redaction');
  // The last list read stays while the view is hidden, so the choice stays as it was.
  const [list, setList] = useState<RedactionProfile[] | null>(null);
  const [failed, setFailed] = useState(false);
  // The name of the chosen profile found gone; null when nothing is lost.
  const [lost, setLost] = useState<string | null>(null);
  // The chosen profile's name as last read: once it is gone, only this remembers it.
  const chosenName = useRef('');
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
    if (!list || value === '') return;
    const chosen = list.find((profile) => profile.id === value);
    if (chosen) {
      chosenName.current = chosen.name;
      return;
    }
    setLost(chosenName.current);
    onLost?.(chosenName.current);
    onChange('');
  }, [list, value, onChange, onLost]);

  const choose = (id: string) => {
    if (lost !== null) {
      setLost(null);
      onLost?.(null);
    }
    onChange(id);
  };

  const options = [{ value: '', label: t('chooser.none') }, ...(list ?? []).map((profile) => ({ value: profile.id, label: profile.name }))];
  return (
    <>
      <SelectField
        label={t('chooser.label')}
        value={lost !== null ? LOST : value}
        disabled={disabled}
        options={lost !== null ? [{ value: LOST, label: t('chooser.choose') }, ...options] : options}
        hint={failed ? t('chooser.failed') : t('chooser.hint')}
        error={lost !== null ? t('chooser.lost', { name: lost }) : undefined}
        onChange={(event) => choose(event.target.value)}
      />
      {/* Said aloud when it appears; the field's own error ties the same words to the select. */}
      <StatusMessage className="visually-hidden">{lost !== null ? t('chooser.lost', { name: lost }) : ''}</StatusMessage>
    </>
  );
}
