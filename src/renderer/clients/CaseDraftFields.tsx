// The fields of a case, shared by the case dialog on the client page and the case's own profile
// view, so a case reads and edits the same wherever the lawyer meets it. Each field the pre-flight
// can ask for carries its name in the model (`data-field`), where a finding's link puts the keyboard.
import { useTranslation } from 'react-i18next';
import { caseStatuses, forums } from '../../shared/models';
import { languages } from '../../shared/format/languages';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { firstErrorUnder, type FieldErrors } from '../ui/field-errors';
import { useVocabOptions } from '../ui/vocab-options';
import { CounselChooser } from '../counsel/CounselChooser';
import { asksForAlienNumber, isCommitteeForum, type CaseDraft } from './case-draft';
import './case-removal.css';
import { printedCountryNames } from './printed-names';

export interface CaseDraftFieldsProps {
  draft: CaseDraft;
  set: <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => void;
  errors: FieldErrors;
  /** A new case starts active; its status is chosen once it exists. */
  withStatus: boolean;
  autoFocus?: boolean;
}

export function CaseDraftFields({ draft, set, errors, withStatus, autoFocus }: CaseDraftFieldsProps) {
  const { t, i18n } = useTranslation('clients');
  const { t: textWords } = useTranslation('textVersions');
  const vocabOptions = useVocabOptions();
  // A country code typed ("KZ") is printed as the country's name; say which name, so a wrong
  // code is caught here and not on paper.
  const withPrintedName = (hint: string, value: string) => {
    const name = printedCountryNames(value, i18n.language);
    return name === undefined ? hint : `${hint} ${t('printedAs', { name })}`;
  };
  return (
    <div className="form__grid">
      <TextField
        className="form__wide"
        label={t('cases.fields.title')}
        hint={t('cases.hints.title')}
        required
        autoFocus={autoFocus}
        value={draft.title}
        onChange={(event) => set('title', event.target.value)}
        error={errors.title}
      />
      <SelectField
        label={t('cases.fields.forum')}
        required
        value={draft.forum}
        placeholder={t('cases.chooseForum')}
        options={vocabOptions('forums', forums)}
        onChange={(event) => set('forum', event.target.value as CaseDraft['forum'])}
        error={errors.forum}
      />
      {withStatus && (
        <SelectField
          label={t('cases.fields.status')}
          value={draft.status}
          options={vocabOptions('caseStatuses', caseStatuses)}
          onChange={(event) => set('status', event.target.value as CaseDraft['status'])}
          error={errors.status}
        />
      )}
      {isCommitteeForum(draft.forum) && (
        <TextField
          data-field="stateParty"
          label={t('cases.fields.stateParty')}
          hint={withPrintedName(t('cases.hints.stateParty'), draft.stateParty)}
          value={draft.stateParty}
          onChange={(event) => set('stateParty', event.target.value)}
          error={errors.stateParty}
        />
      )}
      <TextField
        data-field="destination"
        label={isCommitteeForum(draft.forum) ? t('cases.fields.placeOfSubmission') : t('cases.fields.destination')}
        hint={withPrintedName(isCommitteeForum(draft.forum) ? t('cases.hints.placeOfSubmission') : t('cases.hints.destination'), draft.destination)}
        value={draft.destination}
        onChange={(event) => set('destination', event.target.value)}
        error={errors.destination}
      />
      <TextField label={t('cases.fields.reference')} value={draft.reference} onChange={(event) => set('reference', event.target.value)} error={errors.reference} />
      <TextField
        label={t('cases.fields.responsibleLawyer')}
        value={draft.responsibleLawyer}
        onChange={(event) => set('responsibleLawyer', event.target.value)}
        error={errors.responsibleLawyer}
      />
      <CounselChooser value={draft.counselId} onChange={(counselId) => set('counselId', counselId)} error={errors.counselId} />
      <TextField
        label={t('cases.fields.languages')}
        hint={t('cases.hints.languages')}
        dir="ltr"
        value={draft.languages}
        onChange={(event) => set('languages', event.target.value)}
        error={firstErrorUnder(errors, 'languages')}
      />
      <SelectField
        label={textWords('textLanguage')}
        hint={textWords('textLanguageHint')}
        value={draft.textLanguage}
        placeholder={textWords('textLanguageGuessed')}
        options={languages.map((language) => ({ value: language, label: textWords(`languageNames.${language}`) }))}
        onChange={(event) => set('textLanguage', event.target.value as CaseDraft['textLanguage'])}
        error={errors.textLanguage}
      />
      {asksForAlienNumber(draft) && (
        <TextField
          data-field="alienNumber"
          label={t('cases.fields.alienNumber')}
          hint={t('cases.hints.alienNumber')}
          dir="ltr"
          autoComplete="off"
          value={draft.alienNumber}
          onChange={(event) => set('alienNumber', event.target.value)}
          error={errors.alienNumber}
        />
      )}
      {/* When, from where, to where and how: what an urgent request and interim measures state. */}
      <fieldset className="form__wide case-removal">
        <legend>{t('cases.fields.removal')}</legend>
        <p className="field__hint">{t('cases.hints.removal')}</p>
        <div className="form__grid">
          <TextField
            data-field="removal.date"
            label={t('cases.fields.removalDate')}
            hint={t('cases.hints.removalDate')}
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            value={draft.removal.date}
            onChange={(event) => set('removal', { ...draft.removal, date: event.target.value })}
            error={errors['removal.date']}
          />
          <TextField
            data-field="removal.time"
            label={t('cases.fields.removalTime')}
            hint={t('cases.hints.removalTime')}
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            value={draft.removal.time}
            onChange={(event) => set('removal', { ...draft.removal, time: event.target.value })}
            error={errors['removal.time']}
          />
          <TextField
            data-field="removal.place"
            label={t('cases.fields.removalPlace')}
            value={draft.removal.place}
            onChange={(event) => set('removal', { ...draft.removal, place: event.target.value })}
            error={errors['removal.place']}
          />
          <TextField
            data-field="removal.destination"
            label={t('cases.fields.removalDestination')}
            hint={withPrintedName(t('cases.hints.removalDestination'), draft.removal.destination)}
            value={draft.removal.destination}
            onChange={(event) => set('removal', { ...draft.removal, destination: event.target.value })}
            error={errors['removal.destination']}
          />
          <TextField
            className="form__wide"
            data-field="removal.manner"
            label={t('cases.fields.removalManner')}
            hint={t('cases.hints.removalManner')}
            value={draft.removal.manner}
            onChange={(event) => set('removal', { ...draft.removal, manner: event.target.value })}
            error={errors['removal.manner']}
          />
        </div>
      </fieldset>
      <TextAreaField className="form__wide" label={t('cases.fields.notes')} rows={3} value={draft.notes} onChange={(event) => set('notes', event.target.value)} error={errors.notes} />
    </div>
  );
}
