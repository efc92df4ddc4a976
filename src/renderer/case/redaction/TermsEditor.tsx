// A profile's terms: typed with a reason and added (Enter or the button), each listed with its
// reason to change and a Remove button; and the case's own suggestions (family members' names,
// addresses, document and telephone numbers), each added with one click or key.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactionReason, RedactionTerm } from '../../../shared/redaction';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useLoaded } from '../../ui/useLoaded';
import { hasTerm } from './profile-draft';
import { useReasonOptions } from './reason-options';

const MAX_TERM = 200;

export function TermsEditor({ caseId, terms, onChange }: { caseId: string; terms: readonly RedactionTerm[]; onChange: (terms: RedactionTerm[]) => void }) {
  const { t } = useTranslation('redaction');
  const reasons = useReasonOptions();
  const [text, setText] = useState('');
  const [reason, setReason] = useState<RedactionReason>('other');
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const suggestions = useLoaded(() => call('redaction.suggestions', { caseId }), [caseId]);
  const suggestionsRef = useRef<HTMLUListElement>(null);
  const termRef = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim();
    if (wanted.length < 2) return setProblem(t('terms.tooShort'));
    if (wanted.length > MAX_TERM) return setProblem(t('terms.tooLong'));
    if (hasTerm(terms, wanted)) return setProblem(t('terms.duplicate'));
    onChange([...terms, { text: wanted, reason }]);
    setText('');
    setStatus(t('terms.added', { text: wanted }));
  };

  const remove = (index: number) => {
    const removed = terms[index]!;
    onChange(terms.filter((_, at) => at !== index));
    setStatus(t('terms.removed', { text: removed.text }));
    termRef.current?.focus();
  };

  const offered = suggestions.state.status === 'ready' ? suggestions.state.value.filter((suggestion) => !hasTerm(terms, suggestion.text)) : [];
  const addSuggestion = (index: number) => {
    const suggestion = offered[index]!;
    onChange([...terms, { text: suggestion.text, reason: suggestion.reason }]);
    setStatus(t('terms.added', { text: suggestion.text }));
    // The button pressed goes from the list: the keyboard moves to the one that takes its place.
    const buttons = suggestionsRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    if (next) next.focus();
    else termRef.current?.focus();
  };

  return (
    <section className="rd-section" aria-labelledby="redaction-terms-heading">
      <h4 id="redaction-terms-heading">{t('terms.heading')}</h4>
      <p className="muted">{t('terms.help')}</p>
      <form className="rd-term-new" onSubmit={add} noValidate>
        <TextField
          label={t('terms.term')}
          value={text}
          error={problem}
          inputRef={termRef}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(undefined);
          }}
        />
        <SelectField label={t('terms.reason')} value={reason} options={reasons} onChange={(event) => setReason(event.target.value as RedactionReason)} />
        <Button type="submit">{t('terms.add')}</Button>
      </form>
      {terms.length === 0 ? (
        <p className="muted">{t('terms.none')}</p>
      ) : (
        <ul className="rd-terms" aria-label={t('terms.listLabel')}>
          {terms.map((term, index) => (
            <li key={`${term.text}-${index}`} className="rd-term">
              <bdi className="rd-term__text">{term.text}</bdi>
              <select
                aria-label={t('terms.reasonOf', { text: term.text })}
                value={term.reason}
                onChange={(event) => onChange(terms.map((other, at) => (at === index ? { ...other, reason: event.target.value as RedactionReason } : other)))}
              >
                {reasons.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              <Button size="small" variant="quiet" aria-label={t('terms.removeNamed', { text: term.text })} onClick={() => remove(index)}>
                {t('terms.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage>{status}</StatusMessage>

      <div className="rd-suggestions">
        <h5 id="redaction-suggestions-heading">{t('terms.suggestions')}</h5>
        <p className="muted">{t('terms.suggestionsHelp')}</p>
        {suggestions.state.status === 'loading' && <p className="muted">{t('terms.suggestionsLoading')}</p>}
        {suggestions.state.status === 'failed' && <p className="muted">{t('terms.suggestionsFailed')}</p>}
        {suggestions.state.status === 'ready' &&
          (offered.length === 0 ? (
            <p className="muted">{t('terms.noSuggestions')}</p>
          ) : (
            <ul className="rd-suggestions__list" aria-labelledby="redaction-suggestions-heading" ref={suggestionsRef}>
              {offered.map((suggestion, index) => (
                <li key={`${suggestion.source}-${suggestion.text}`}>
                  <Button size="small" onClick={() => addSuggestion(index)} aria-label={t('terms.addSuggestion', { text: suggestion.text })}>
                    <span aria-hidden="true">+ </span>
                    <bdi>{suggestion.text}</bdi>
                  </Button>
                  <span className="muted rd-suggestions__source">
                    {t('terms.from', { source: sourceWords(t, suggestion.source) })} · {reasons.find((option) => option.value === suggestion.reason)?.label}
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}

const knownSources = ['family', 'contacts', 'currentLocation', 'documents', 'events'] as const;
type KnownSource = (typeof knownSources)[number];

function sourceWords(t: ReturnType<typeof useTranslation<'redaction'>>['t'], source: string): string {
  return (knownSources as readonly string[]).includes(source) ? t(`terms.sources.${source as KnownSource}`) : source;
}
