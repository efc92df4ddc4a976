// The case's files as a searchable checklist, for linking evidence to an event. Ticked files come
// first; a long library shows the first matches and asks for a narrower search.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/models';
import { matcherFor } from '../../ui/text-match';

const SHOWN = 100;

interface EvidenceChecklistProps {
  evidence: readonly EvidenceItem[];
  checked: readonly string[];
  onChange: (ids: string[]) => void;
}

export function EvidenceChecklist({ evidence, checked, onChange }: EvidenceChecklistProps) {
  const { t } = useTranslation(['timeline', 'vocab']);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const ticked = useMemo(() => new Set(checked), [checked]);

  const matches = useMemo(() => {
    const matches = matcherFor(query);
    const found = evidence.filter((item) => matches([item.title, item.originalName, t(`vocab:evidenceKinds.${item.kind}`)]));
    return [...found.filter((item) => ticked.has(item.id)), ...found.filter((item) => !ticked.has(item.id))];
  }, [evidence, query, ticked, t]);

  const toggle = (id: string, on: boolean) => onChange(on ? [...checked, id] : checked.filter((other) => other !== id));

  return (
    <fieldset className="cw-checklist">
      <legend>{t('form.evidence')}</legend>
      {evidence.length === 0 ? (
        <p className="muted">{t('form.noEvidence')}</p>
      ) : (
        <>
          <div className="cw-checklist__search">
            <label htmlFor={searchId}>{t('form.findEvidence')}</label>
            <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} dir="auto" />
          </div>
          <p className="muted" aria-live="polite">
            {t('form.evidenceLinked', { count: checked.length })}
          </p>
          <ul className="cw-checklist__items">
            {matches.slice(0, SHOWN).map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={ticked.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                  <span>
                    <bdi>{item.title}</bdi> <span className="muted">({t(`vocab:evidenceKinds.${item.kind}`)})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {matches.length > SHOWN && <p className="muted">{t('form.moreEvidence', { count: matches.length - SHOWN })}</p>}
          {matches.length === 0 && <p className="muted">{t('form.noEvidenceMatch')}</p>}
        </>
      )}
    </fieldset>
  );
}
