// One element of a legal test on the element map: what it asks, the argument, and its support.
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/format/languages';
import type { LegalElement, LegalElementKey } from '../../../shared/legal-elements';
import type { EvidenceItem, TimelineEvent } from '../../../shared/models';
import { ApiError, call } from '../../api';
import { useAutosave } from '../../ui/autosave';
import { AutosaveStatus } from '../../ui/AutosaveStatus';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/Field';
import { PagesField } from '../citations/PagesField';
import { CitedTextArea } from '../citations/CitedTextArea';
import { parsePages } from '../citations/cited-text';
import { useCitationPages } from '../citations/citation-words';
import { useDateWords } from '../date-words';
import { TextVersions } from '../text-versions/TextVersions';
import { elementInput, isEmptyArgument, unlinkAt, type ElementDraft, type LinkKind } from './element-draft';

interface ElementCardProps {
  caseId: string;
  element: LegalElement;
  /** The window's language: the element's label and explanation. */
  language: Language;
  /** The language the case's texts are typed in. */
  written: Language;
  draft: ElementDraft;
  supported: boolean;
  onChange: (element: LegalElementKey, draft: ElementDraft) => void;
  events: readonly TimelineEvent[];
  evidence: readonly EvidenceItem[];
  /** The profile's country information, by title. */
  sources: readonly string[];
}

// Memoised by the map: typing in one element's argument redraws that card only.
export const ElementCard = memo(function ElementCard({ caseId, element, language, written, draft, supported, onChange, events, evidence, sources }: ElementCardProps) {
  const { t } = useTranslation(['argument', 'common']);
  const headingId = useId();
  const words = useDateWords();
  const pagesWords = useCitationPages();
  // A card emptied of everything removes its stored argument, so no empty one lingers in the case;
  // one never saved has none to remove.
  const autosave = useAutosave((input: ReturnType<typeof elementInput>) =>
    isEmptyArgument(input)
      ? call('arguments.remove', { caseId, element: input.element }).catch((error: unknown) => {
          if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) throw error;
        })
      : call('arguments.save', { caseId, argument: input }),
  );
  const update = (next: ElementDraft) => {
    onChange(element.key, next);
    autosave.change(elementInput(element.key, next));
  };

  const eventTitle = (event: TimelineEvent) => `${words.dated(event)} · ${event.title}`;
  const eventsById = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);
  const evidenceById = useMemo(() => new Map(evidence.map((item) => [item.id, item])), [evidence]);
  const label = element.label[language];
  const { state } = autosave;

  return (
    <section className="cw-card cw-element" data-element={element.key} aria-labelledby={headingId}>
      <div className="cw-card__header">
        <h4 id={headingId} className="cw-element__label">
          {label}
        </h4>
        <AutosaveStatus state={state} />
      </div>
      <p className="cw-element__explanation">{element.explanation[language]}</p>
      {element.conditional ? (
        <p className="cw-note">{t('conditional')}</p>
      ) : (
        !supported && (
          <p className="cw-note cw-note--warning cw-element__unsupported">
            <span aria-hidden="true">⚠ </span>
            {t('unsupported')}
          </p>
        )
      )}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={() => void autosave.retry()} />}

      <CitedTextArea
        data-field="argument"
        label={t('argumentLabel')}
        hint={t('argumentHint')}
        rows={5}
        value={draft.argument}
        evidence={evidence}
        onChange={(argument) => update({ ...draft, argument })}
      />
      <TextVersions
        written={written}
        subject={label}
        fields={[{ name: 'argument', label: t('argumentLabel'), original: draft.argument, multiline: true, citable: true }]}
        evidence={evidence}
        versions={draft.versions}
        onChange={(versions) => update({ ...draft, versions })}
      />

      <div className="cw-element__support">
        <LinkList
          field="eventIds"
          legend={t('facts.legend')}
          empty={t('facts.empty')}
          entries={draft.eventIds.map((id) => {
            const event = eventsById.get(id);
            return { id, text: event ? eventTitle(event) : id, gone: !event };
          })}
          removeLabel={(text) => t('facts.remove', { title: text })}
          onRemove={(index) => update(unlinkAt(draft, 'facts', index))}
        >
          <LinkPicker
            kind="facts"
            none={events.length === 0 ? t('facts.none') : undefined}
            more={events.length > draft.eventIds.length}
            options={() => events.filter((event) => !draft.eventIds.includes(event.id)).map((event) => ({ value: event.id, label: eventTitle(event) }))}
            onLink={(id) => update({ ...draft, eventIds: [...draft.eventIds, id] })}
          />
        </LinkList>

        <LinkList
          field="exhibits"
          legend={t('exhibits.legend')}
          empty={t('exhibits.empty')}
          entries={draft.exhibits.map((exhibit) => {
            const item = evidenceById.get(exhibit.evidenceId);
            return { id: exhibit.evidenceId, text: `${item?.title ?? exhibit.evidenceId}, ${pagesWords(exhibit.pages)}`, gone: !item };
          })}
          removeLabel={(text) => t('exhibits.remove', { title: text })}
          onRemove={(index) => update(unlinkAt(draft, 'exhibits', index))}
        >
          <LinkPicker
            kind="exhibits"
            withPages
            none={evidence.length === 0 ? t('exhibits.none') : undefined}
            more={evidence.length > draft.exhibits.length}
            options={() => evidence.filter((item) => !draft.exhibits.some((exhibit) => exhibit.evidenceId === item.id)).map((item) => ({ value: item.id, label: item.title }))}
            onLink={(evidenceId, pages) => update({ ...draft, exhibits: [...draft.exhibits, pages ? { evidenceId, pages } : { evidenceId }] })}
          />
        </LinkList>

        <LinkList
          field="countryInformation"
          legend={t('countryInformation.legend')}
          empty={t('countryInformation.empty')}
          entries={draft.countryInformation.map((title) => ({ id: title, text: title, gone: !sources.includes(title) }))}
          removeLabel={(text) => t('countryInformation.remove', { title: text })}
          onRemove={(index) => update(unlinkAt(draft, 'countryInformation', index))}
        >
          <LinkPicker
            kind="countryInformation"
            none={sources.length === 0 ? t('countryInformation.none') : undefined}
            more={sources.some((title) => !draft.countryInformation.includes(title))}
            options={() => [...new Set(sources)].filter((title) => !draft.countryInformation.includes(title)).map((title) => ({ value: title, label: title }))}
            onLink={(title) => update({ ...draft, countryInformation: [...draft.countryInformation, title] })}
          />
        </LinkList>
      </div>
    </section>
  );
});

interface LinkEntry {
  /** What it links (an event's or a file's id, a source's title); the same may be linked twice. */
  id: string;
  text: string;
  /** The fact, file or source it names is no longer in the case. */
  gone: boolean;
}

function LinkList({
  field,
  legend,
  empty,
  entries,
  removeLabel,
  onRemove,
  children,
}: {
  /** The model's field, where the pre-flight's link to a broken link lands (the group takes the keyboard; Tab reaches its links). */
  field: 'eventIds' | 'exhibits' | 'countryInformation';
  legend: string;
  empty: string;
  entries: LinkEntry[];
  removeLabel: (text: string) => string;
  /** Unlinks the entry at this position: by position, so unlinking one of two links to a file leaves the other. */
  onRemove: (index: number) => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation('argument');
  return (
    <fieldset className="cw-fieldset cw-element__links" data-field={field} tabIndex={-1}>
      <legend>{legend}</legend>
      {entries.length === 0 ? (
        <p className="muted cw-element__empty">{empty}</p>
      ) : (
        <ul className="cw-element__linked">
          {entries.map((entry, index) => (
            <li key={`${index}:${entry.id}`} className={entry.gone ? 'cited-text__missing' : undefined}>
              <span dir="auto">{entry.text}</span>
              <Button size="small" variant="quiet" aria-label={removeLabel(entry.text)} onClick={() => onRemove(index)}>
                {t('unlink')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {children}
    </fieldset>
  );
}

/**
 * Links one more fact, exhibit or source: a button that opens the choice, so a case of thousands
 * of events does not draw thousands of options in every element's card until one is wanted.
 */
function LinkPicker({
  kind,
  options,
  more,
  none,
  withPages = false,
  onLink,
}: {
  kind: LinkKind;
  /** What can still be linked, computed once the choice is opened. */
  options: () => { value: string; label: string }[];
  /** Whether anything is left to link. */
  more: boolean;
  /** Why nothing can be linked (the case has none); the picker is left out. */
  none?: string | undefined;
  withPages?: boolean;
  onLink: (value: string, pages?: { from: number; to: number }) => void;
}) {
  const { t } = useTranslation(['argument', 'common']);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [pagesTyped, setPagesTyped] = useState('');
  const [tried, setTried] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const chooseRef = useRef<HTMLDivElement>(null);
  // The choice takes the keyboard when it opens; the button gets it back when it closes.
  const focusNext = useRef<'choice' | 'start' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'choice') chooseRef.current?.querySelector('select')?.focus();
    if (focusNext.current === 'start') startRef.current?.focus();
    focusNext.current = null;
  }, [open]);
  if (none) return <p className="muted cw-element__empty">{none}</p>;
  if (!more) return null;
  const close = () => {
    setValue('');
    setPagesTyped('');
    setTried(false);
    focusNext.current = 'start';
    setOpen(false);
  };
  if (!open) {
    return (
      <Button
        ref={startRef}
        size="small"
        onClick={() => {
          focusNext.current = 'choice';
          setOpen(true);
        }}
      >
        {t(`${kind}.start`)}
      </Button>
    );
  }
  const pages = parsePages(pagesTyped);
  const link = () => {
    setTried(true);
    if (!value || pages === null) return;
    onLink(value, pages);
    close();
  };
  return (
    <div className="cw-form__row cw-element__picker" ref={chooseRef}>
      <SelectField label={t(`${kind}.choose`)} placeholder={t(`${kind}.pick`)} value={value} options={options()} onChange={(event) => setValue(event.target.value)} />
      {withPages && (
        <PagesField
          label={t('exhibits.pages')}
          hint={t('exhibits.pagesHint')}
          error={tried && pages === null ? t('exhibits.pagesInvalid') : undefined}
          value={pagesTyped}
          onChange={(event) => setPagesTyped(event.target.value)}
          onEnter={link}
        />
      )}
      <div className="cw-element__picker-actions">
        <Button className="cw-element__link" disabled={!value} onClick={link}>
          {t(`${kind}.add`)}
        </Button>
        <Button variant="quiet" onClick={close}>
          {t('common:cancel')}
        </Button>
      </div>
    </div>
  );
}
