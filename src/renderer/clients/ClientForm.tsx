// Creating or editing a client: every field of the client record, checked against the shared
// schema before it is sent, with each problem shown at its field. Leaving it changed and unsaved
// asks first. Used on the client page and,
// by the case workspace, from a case's profile view.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientInputSchema, clientStatuses, type Client } from '../../shared/models';
import { call } from '../api';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PartialDateField, SelectField, TextAreaField, TextField } from '../ui/Field';
import { errorsUnder, firstErrorUnder } from '../ui/field-errors';
import { useDraftGuard } from '../ui/leave-guard';
import { RepeatingRows } from '../ui/RepeatingRows';
import { patchAt, removeAt } from '../ui/rows';
import { useFormSave } from '../ui/use-form-save';
import { useVocabOptions } from '../ui/vocab-options';
import { printedCountryNames } from './printed-names';
import { draftOf, emptyContact, emptyDocument, emptyFamilyMember, inputOf, withoutEmptyRows, type ClientDraft } from './client-draft';

export interface ClientFormProps {
  /** The client to edit; without one the form creates a new client. */
  client?: Client;
  onSaved: (client: Client) => void;
  onCancel: () => void;
}

type RowList = 'documents' | 'contacts' | 'family';

export function ClientForm({ client, onSaved, onCancel }: ClientFormProps) {
  const { t, i18n } = useTranslation(['clients', 'common']);
  // Under a country field: the name a code typed there prints as in the dossier.
  const printedAs = (value: string, list?: RegExp) => {
    const name = printedCountryNames(value, i18n.language, list);
    return name === undefined ? undefined : t('printedAs', { name });
  };
  const vocabOptions = useVocabOptions();
  const [draft, setDraft] = useState<ClientDraft>(() => draftOf(client));
  const { formRef, errors, failure, saving, save } = useFormSave({ prefix: 'client' });
  // Leaving the page or cancelling with changes asks first ("Discard unsaved changes?").
  const guard = useDraftGuard(draft);

  function set<K extends keyof ClientDraft>(key: K, value: ClientDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }
  function setRow<K extends RowList>(key: K, index: number, patch: Partial<ClientDraft[K][number]>) {
    setDraft((current) => ({ ...current, [key]: patchAt<ClientDraft[K][number]>(current[key], index, patch) }));
  }
  function removeRow(key: RowList, index: number) {
    setDraft((current) => ({ ...current, [key]: removeAt<ClientDraft[RowList][number]>(current[key], index) }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    // Blank rows go before checking, so an error at "documents.1" is the second row shown.
    const compact = withoutEmptyRows(draft);
    setDraft(compact);
    const input = inputOf(compact);
    const saved = await save(clientInputSchema, input, () => (client ? call('clients.update', { id: client.id, client: input }) : call('clients.create', input)));
    if (!saved) return;
    guard.saved();
    onSaved(saved);
  }

  const documentErrors = errorsUnder(errors, 'documents');
  const contactErrors = errorsUnder(errors, 'contacts');
  const familyErrors = errorsUnder(errors, 'family');
  const text = (key: keyof ClientDraft) => ({
    value: draft[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as never),
    error: errors[key],
  });

  return (
    <form ref={formRef} className="form client-form" onSubmit={submit} noValidate aria-label={client ? t('form.editTitle') : t('form.createTitle')}>
      <fieldset className="form__section">
        <legend>{t('form.names')}</legend>
        <div className="form__grid">
          <TextField label={t('fields.fullName')} hint={t('hints.fullName')} required autoComplete="off" {...text('fullName')} />
          <TextField label={t('fields.fullNameNative')} hint={t('hints.fullNameNative')} autoComplete="off" {...text('fullNameNative')} />
          <TextAreaField
            className="form__wide"
            label={t('fields.aliases')}
            hint={t('hints.aliases')}
            rows={2}
            value={draft.aliases}
            onChange={(event) => set('aliases', event.target.value)}
            error={firstErrorUnder(errors, 'aliases')}
          />
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend>{t('form.origin')}</legend>
        <div className="form__grid">
          <PartialDateField label={t('fields.dateOfBirth')} hint={t('common:partialDateHint')} {...text('dateOfBirth')} />
          <TextField label={t('fields.placeOfBirth')} {...text('placeOfBirth')} />
          <TextField
            label={t('fields.citizenships')}
            hint={[t('hints.citizenships'), printedAs(draft.citizenships, /[,;]/)].filter(Boolean).join(' ')}
            value={draft.citizenships}
            onChange={(event) => set('citizenships', event.target.value)}
            error={firstErrorUnder(errors, 'citizenships')}
          />
          <TextField
            label={t('fields.languages')}
            hint={t('hints.languages')}
            dir="ltr"
            value={draft.languages}
            onChange={(event) => set('languages', event.target.value)}
            error={firstErrorUnder(errors, 'languages')}
          />
          <TextField label={t('fields.ethnicity')} {...text('ethnicity')} />
          <TextField label={t('fields.religion')} {...text('religion')} />
        </div>
      </fieldset>

      <RepeatingRows
        legend={t('fields.documents')}
        rows={draft.documents}
        emptyText={t('form.noDocuments')}
        addLabel={t('form.addDocument')}
        rowLabel={(index) => t('form.documentN', { n: index + 1 })}
        removeLabel={(index) => t('form.removeDocumentN', { n: index + 1 })}
        onAdd={() => set('documents', [...draft.documents, { ...emptyDocument }])}
        onRemove={(index) => removeRow('documents', index)}
        renderRow={(document, index) => (
          <div className="form__grid form__grid--documents">
            <TextField
              label={t('fields.documentKind')}
              required
              list="client-document-kinds"
              value={document.kind}
              onChange={(event) => setRow('documents', index, { kind: event.target.value })}
              error={documentErrors[`${index}.kind`]}
            />
            <TextField
              label={t('fields.documentNumber')}
              dir="ltr"
              value={document.number}
              onChange={(event) => setRow('documents', index, { number: event.target.value })}
              error={documentErrors[`${index}.number`]}
            />
            <TextField
              label={t('fields.issuingState')}
              hint={printedAs(document.issuingState)}
              value={document.issuingState}
              onChange={(event) => setRow('documents', index, { issuingState: event.target.value })}
              error={documentErrors[`${index}.issuingState`]}
            />
            <PartialDateField
              label={t('fields.issued')}
              value={document.issued}
              onChange={(event) => setRow('documents', index, { issued: event.target.value })}
              error={documentErrors[`${index}.issued`]}
            />
            <PartialDateField
              data-field={`documents.${index}.expires`}
              label={t('fields.expires')}
              value={document.expires}
              onChange={(event) => setRow('documents', index, { expires: event.target.value })}
              error={documentErrors[`${index}.expires`]}
            />
          </div>
        )}
      />
      <datalist id="client-document-kinds">
        {(['passport', 'internalPassport', 'nationalId', 'residencePermit', 'refugeeDocument', 'birthCertificate', 'militaryId'] as const).map((kind) => (
          <option key={kind} value={t(`documentKinds.${kind}`)} />
        ))}
      </datalist>

      <fieldset className="form__section">
        <legend>{t('form.now')}</legend>
        <div className="form__grid">
          <SelectField
            label={t('fields.status')}
            value={draft.status}
            onChange={(event) => set('status', event.target.value as ClientDraft['status'])}
            placeholder={t('form.noStatus')}
            options={vocabOptions('clientStatuses', clientStatuses)}
            error={errors.status}
          />
          <TextField label={t('fields.currentCountry')} hint={printedAs(draft.currentCountry)} {...text('currentCountry')} />
          <TextField className="form__wide" label={t('fields.currentLocation')} hint={t('hints.currentLocation')} {...text('currentLocation')} />
        </div>
      </fieldset>

      <RepeatingRows
        legend={t('fields.contacts')}
        rows={draft.contacts}
        emptyText={t('form.noContacts')}
        addLabel={t('form.addContact')}
        rowLabel={(index) => t('form.contactN', { n: index + 1 })}
        removeLabel={(index) => t('form.removeContactN', { n: index + 1 })}
        onAdd={() => set('contacts', [...draft.contacts, { ...emptyContact }])}
        onRemove={(index) => removeRow('contacts', index)}
        renderRow={(contact, index) => (
          <div className="form__grid">
            <TextField
              label={t('fields.contactKind')}
              required
              list="client-contact-kinds"
              value={contact.kind}
              onChange={(event) => setRow('contacts', index, { kind: event.target.value })}
              error={contactErrors[`${index}.kind`]}
            />
            <TextField
              label={t('fields.contactValue')}
              required
              value={contact.value}
              onChange={(event) => setRow('contacts', index, { value: event.target.value })}
              error={contactErrors[`${index}.value`]}
            />
          </div>
        )}
      />
      <datalist id="client-contact-kinds">
        {(['phone', 'email', 'signal', 'telegram', 'whatsapp', 'address'] as const).map((kind) => (
          <option key={kind} value={t(`contactKinds.${kind}`)} />
        ))}
      </datalist>

      <RepeatingRows
        legend={t('fields.family')}
        rows={draft.family}
        emptyText={t('form.noFamily')}
        addLabel={t('form.addFamilyMember')}
        rowLabel={(index) => t('form.familyMemberN', { n: index + 1 })}
        removeLabel={(index) => t('form.removeFamilyMemberN', { n: index + 1 })}
        onAdd={() => set('family', [...draft.family, { ...emptyFamilyMember }])}
        onRemove={(index) => removeRow('family', index)}
        renderRow={(member, index) => (
          <div className="form__grid">
            <TextField
              label={t('fields.familyName')}
              required
              value={member.name}
              onChange={(event) => setRow('family', index, { name: event.target.value })}
              error={familyErrors[`${index}.name`]}
            />
            <TextField
              label={t('fields.familyNameNative')}
              value={member.nameNative}
              onChange={(event) => setRow('family', index, { nameNative: event.target.value })}
              error={familyErrors[`${index}.nameNative`]}
            />
            <TextField
              label={t('fields.relation')}
              required
              value={member.relation}
              onChange={(event) => setRow('family', index, { relation: event.target.value })}
              error={familyErrors[`${index}.relation`]}
            />
            <TextField
              label={t('fields.familyNote')}
              value={member.note}
              onChange={(event) => setRow('family', index, { note: event.target.value })}
              error={familyErrors[`${index}.note`]}
            />
          </div>
        )}
      />

      <TextAreaField label={t('fields.notes')} hint={t('hints.notes')} rows={4} value={draft.notes} onChange={(event) => set('notes', event.target.value)} error={errors.notes} />

      {Object.keys(errors).length > 0 && (
        <p className="form__summary" role="alert">
          {t('form.fixErrors', { count: Object.keys(errors).length })}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="form__actions">
        <Button variant="primary" type="submit" busy={saving}>
          {client ? t('form.saveChanges') : t('form.createClient')}
        </Button>
        <Button onClick={() => guard.cancel(onCancel)} disabled={saving}>
          {t('common:cancel')}
        </Button>
      </div>
    </form>
  );
}
