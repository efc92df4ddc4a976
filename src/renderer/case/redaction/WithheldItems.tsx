// What a profile leaves out whole: the applicant's fields (by their labels), and exhibits and
// events ticked in lists found by typing (a case may hold thousands: a list shows the first
// matches and says how many more there are).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/models';
import { withholdableFields, type WithholdableField } from '../../../shared/redaction';
import { CheckboxField } from '../../ui/Field';
import { exhibitMatches } from '../citations/exhibit-search';
import type { ProfileDraft } from './profile-draft';

/** Enough rows to tick by eye; more are found by typing. */
const SHOWN = 60;

export function WithheldItems({ detail, draft, onChange }: { detail: CaseDetail; draft: ProfileDraft; onChange: (draft: ProfileDraft) => void }) {
  const { t } = useTranslation('redaction');
  const toggleField = (field: WithholdableField, on: boolean) =>
    onChange({ ...draft, withheldFields: on ? withholdableFields.filter((candidate) => candidate === field || draft.withheldFields.includes(candidate)) : draft.withheldFields.filter((candidate) => candidate !== field) });
  const toggle = (key: 'withheldEvidenceIds' | 'withheldEventIds', id: string, on: boolean) =>
    onChange({ ...draft, [key]: on ? [...draft[key], id] : draft[key].filter((candidate) => candidate !== id) });

  return (
    <section className="rd-section" aria-labelledby="redaction-withheld-heading">
      <h4 id="redaction-withheld-heading">{t('withheld.heading')}</h4>
      <p className="muted">{t('withheld.help')}</p>
      <div className="rd-withheld">
        <fieldset className="rd-withheld__group">
          <legend>{t('withheld.fields')}</legend>
          {withholdableFields.map((field) => (
            <CheckboxField
              key={field}
              label={t(`withheld.fieldLabels.${field}`)}
              checked={draft.withheldFields.includes(field)}
              onChange={(event) => toggleField(field, event.target.checked)}
            />
          ))}
        </fieldset>
        <SearchableChecks
          legend={t('withheld.exhibits')}
          findLabel={t('withheld.findExhibits')}
          items={detail.evidence.map((item) => ({ id: item.id, label: item.title, matches: (query: string) => exhibitMatches(item, query) }))}
          checked={draft.withheldEvidenceIds}
          onToggle={(id, on) => toggle('withheldEvidenceIds', id, on)}
        />
        <SearchableChecks
          legend={t('withheld.events')}
          findLabel={t('withheld.findEvents')}
          items={detail.events.map((event) => {
            const label = `${event.date ?? t('withheld.undated')} · ${event.title}`;
            return { id: event.id, label, matches: (query: string) => label.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase()) };
          })}
          checked={draft.withheldEventIds}
          onToggle={(id, on) => toggle('withheldEventIds', id, on)}
        />
      </div>
    </section>
  );
}

interface Checkable {
  id: string;
  label: string;
  matches: (query: string) => boolean;
}

function SearchableChecks({ legend, findLabel, items, checked, onToggle }: { legend: string; findLabel: string; items: Checkable[]; checked: readonly string[]; onToggle: (id: string, on: boolean) => void }) {
  const { t } = useTranslation('redaction');
  const [query, setQuery] = useState('');
  const findId = useId();
  const ticked = new Set(checked);
  // In the case's order: a row ticked stays where it is, under the keyboard.
  const matching = items.filter((item) => item.matches(query));
  const shown = matching.slice(0, SHOWN);
  return (
    <fieldset className="rd-withheld__group">
      <legend>{legend}</legend>
      <p className="muted">{t('withheld.count', { count: ticked.size, total: items.length })}</p>
      {items.length === 0 ? (
        <p className="muted">{t('withheld.none')}</p>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={findId}>
              {findLabel}
            </label>
            <input id={findId} type="search" dir="auto" value={query} onChange={(event) => setQuery(event.target.value)} />
          </div>
          <div className="rd-withheld__list">
            {shown.map((item) => (
              <CheckboxField key={item.id} label={<bdi>{item.label}</bdi>} checked={ticked.has(item.id)} onChange={(event) => onToggle(item.id, event.target.checked)} />
            ))}
          </div>
          {matching.length === 0 && <p className="muted">{t('withheld.noneMatch')}</p>}
          {matching.length > shown.length && <p className="muted">{t('withheld.more', { count: matching.length - shown.length })}</p>}
        </>
      )}
    </fieldset>
  );
}
