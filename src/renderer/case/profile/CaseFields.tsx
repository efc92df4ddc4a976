// The case's particulars (title, forum, destination, reference, lawyer, A-number, expected
// removal, languages, status, notes), shown as facts and edited in place with the same fields as the client page's case
// dialog. Other references are not edited here and are sent back as they were. A pre-flight
// finding about one of these fields opens the edit mode with the keyboard in that field.
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseInputSchema, type CaseDetail } from '../../../shared/models';
import { call } from '../../api';
import { caseDraftOf, caseInputOf, type CaseDraft } from '../../clients/case-draft';
import { CaseDraftFields } from '../../clients/CaseDraftFields';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useUnsavedGuard } from '../../ui/leave-guard';
import { StatusMessage } from '../../ui/StatusMessage';
import { useFormSave } from '../../ui/use-form-save';
import { countryName } from '../../../shared/place-names';
import { languageName } from '../display-names';
import { formatPartialDate } from '../../../shared/format/dates';
import { languageOf } from '../../../shared/format/languages';
import type { Removal } from '../../../shared/models';
import type { FocusRequest } from '../case-views';
import { focusFieldWhenShown } from '../focus-field';

export function CaseFields({ detail, onChanged, focus }: { detail: CaseDetail; onChanged: () => Promise<void>; focus?: FocusRequest | null | undefined }) {
  const { t, i18n } = useTranslation(['profile', 'clients', 'vocab', 'common', 'textVersions', 'counsel']);
  const record = detail.case;
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const [status, setStatus] = useState('');
  const { formRef, errors, failure, saving, save, reset } = useFormSave({ prefix: 'case' });
  // Closing the case with the particulars changed and unsaved asks first.
  const [openedAs, setOpenedAs] = useState('');
  useUnsavedGuard(draft !== null && JSON.stringify(draft) !== openedAs);
  // As on the client card: a blank field is "not recorded", not a fact ("none").
  const none = <span className="muted">{t('common:notRecorded')}</span>;

  // A finding's link: the edit mode opened (as it was, if already open), then the field focused.
  // Only a new request does it, not a reload of the case.
  const sectionRef = useRef<HTMLElement>(null);
  const latestFocus = useRef(0);
  const openAt = useEffectEvent((request: FocusRequest, field: string) => {
    latestFocus.current = request.seq;
    if (draft === null) {
      setDraft(caseDraftOf(record));
      setOpenedAs(JSON.stringify(caseDraftOf(record)));
    }
    setStatus('');
    focusFieldWhenShown(() => sectionRef.current, field, () => latestFocus.current === request.seq);
  });
  useEffect(() => {
    if (focus?.field) openAt(focus, focus.field);
  }, [focus]);

  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => setDraft((current) => (current ? { ...current, [key]: value } : current));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const input = caseInputOf(draft, record);
    const saved = await save(caseInputSchema, input, () => call('cases.update', { id: record.id, case: input }));
    if (!saved) return;
    setDraft(null);
    setStatus(t('caseSaved'));
    await onChanged();
  };

  const cancel = () => {
    setDraft(null);
    reset();
  };

  return (
    <section ref={sectionRef} className="cw-card" aria-labelledby="profile-case-heading">
      <div className="cw-card__header">
        <h2 id="profile-case-heading">{t('caseHeading')}</h2>
        {!draft && (
          <Button
            onClick={() => {
              setDraft(caseDraftOf(record));
              setOpenedAs(JSON.stringify(caseDraftOf(record)));
              setStatus('');
            }}
          >
            {t('editCase')}
          </Button>
        )}
      </div>

      {!draft ? (
        <dl className="cw-facts">
          <dt>{t('clients:cases.fields.title')}</dt>
          <dd dir="auto">{record.title}</dd>
          <dt>{t('clients:cases.fields.forum')}</dt>
          <dd>{t(`vocab:forums.${record.forum}`)}</dd>
          <dt>{t('clients:cases.fields.status')}</dt>
          <dd>{t(`vocab:caseStatuses.${record.status}`)}</dd>
          {record.stateParty && (
            <>
              <dt>{t('clients:cases.fields.stateParty')}</dt>
              <dd dir="auto">{countryName(record.stateParty, i18n.language)}</dd>
            </>
          )}
          <dt>{t('clients:cases.fields.destination')}</dt>
          <dd dir="auto">{record.destination ? countryName(record.destination, i18n.language) : none}</dd>
          <dt>{t('clients:cases.fields.reference')}</dt>
          <dd dir="auto">{record.reference ?? none}</dd>
          {record.otherReferences.map((other, index) => (
            <div key={index} className="cw-facts__pair">
              <dt dir="auto">{other.label}</dt>
              <dd dir="auto">{other.value}</dd>
            </div>
          ))}
          <dt>{t('clients:cases.fields.responsibleLawyer')}</dt>
          <dd dir="auto">{record.responsibleLawyer ?? none}</dd>
          <dt>{t('counsel:chooser.label')}</dt>
          <dd dir="auto">{detail.counsel ? [detail.counsel.name, detail.counsel.firm].filter(Boolean).join(', ') : none}</dd>
          {record.alienNumber && (
            <>
              <dt>{t('clients:cases.fields.alienNumber')}</dt>
              <dd dir="ltr">{record.alienNumber}</dd>
            </>
          )}
          <dt>{t('clients:cases.fields.removal')}</dt>
          <dd>{record.removal ? <RemovalFacts removal={record.removal} /> : none}</dd>
          <dt>{t('clients:cases.fields.languages')}</dt>
          <dd>{record.languages.length === 0 ? none : record.languages.map((code) => languageName(code, i18n.language)).join(', ')}</dd>
          <dt>{t('textVersions:textLanguage')}</dt>
          <dd>{record.textLanguage ? t(`textVersions:languageNames.${record.textLanguage}`) : t('textVersions:textLanguageGuessed')}</dd>
          {record.notes && (
            <>
              <dt>{t('clients:cases.fields.notes')}</dt>
              <dd dir="auto" className="prewrap">
                {record.notes}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="profile-case-heading">
          {failure !== null && <ErrorNotice error={failure} />}
          <CaseDraftFields draft={draft} set={set} errors={errors} withStatus autoFocus />
          <div className="form__actions">
            <Button type="submit" variant="primary" busy={saving}>
              {t('saveCase')}
            </Button>
            <Button onClick={cancel}>{t('common:cancel')}</Button>
          </div>
        </form>
      )}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}

/** The expected removal as recorded, one labelled part a line, only the parts typed. */
function RemovalFacts({ removal }: { removal: Removal }) {
  const { t, i18n } = useTranslation('clients');
  const parts: [string, string | undefined][] = [
    [t('cases.fields.removalDate'), removal.date && formatPartialDate(removal.date, languageOf(i18n.language))],
    [t('cases.fields.removalTime'), removal.time],
    [t('cases.fields.removalPlace'), removal.place],
    [t('cases.fields.removalDestination'), removal.destination && countryName(removal.destination, i18n.language)],
    [t('cases.fields.removalManner'), removal.manner],
  ];
  return (
    <ul className="plain-list">
      {parts
        .filter((part): part is [string, string] => Boolean(part[1]))
        .map(([label, value]) => (
          <li key={label} dir="auto">
            {label}: {value}
          </li>
        ))}
    </ul>
  );
}
