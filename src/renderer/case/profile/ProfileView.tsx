// The client as the case knows them: names in both scripts, identity documents with their
// expiry, where they are and in what legal position; then the case's own particulars. A
// pre-flight finding about a document (expired) opens the client's form with the keyboard there.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Client } from '../../../shared/models';
import { ClientForm } from '../../clients/ClientForm';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useConfirmLeave } from '../../ui/leave-guard';
import { StatusMessage } from '../../ui/StatusMessage';
import { useDateWords } from '../date-words';
import { countryName, languageName } from '../display-names';
import type { FocusRequest } from '../case-views';
import { focusFieldWhenShown } from '../focus-field';
import { CaseFields } from './CaseFields';
import { expiryOf } from './document-expiry';

export function ProfileView({ detail, onChanged, focus }: { detail: CaseDetail; onChanged: () => Promise<void>; focus?: FocusRequest | null | undefined }) {
  const { t } = useTranslation(['profile', 'vocab', 'common']);
  const [editingClient, setEditingClient] = useState(false);
  const [status, setStatus] = useState('');
  const { client } = detail;
  const confirmLeave = useConfirmLeave();

  // The client's own fields are edited in the dialog: a finding about one opens it there.
  const latestFocus = useRef(0);
  const openClientAt = useEffectEvent((request: FocusRequest, field: string) => {
    latestFocus.current = request.seq;
    setEditingClient(true);
    focusFieldWhenShown(() => document.querySelector('dialog[open]'), field, () => latestFocus.current === request.seq);
  });
  useEffect(() => {
    if (focus?.field?.startsWith('documents.')) openClientAt(focus, focus.field);
  }, [focus]);

  return (
    <div className="cw-profile">
      <section className="cw-card" aria-labelledby="profile-client-heading">
        <div className="cw-card__header">
          <h2 id="profile-client-heading">{t('clientHeading')}</h2>
          <Button onClick={() => setEditingClient(true)}>{t('editClient')}</Button>
        </div>
        <ClientFacts client={client} />
        <StatusMessage>{status}</StatusMessage>
      </section>

      <CaseFields detail={detail} onChanged={onChanged} focus={focus?.field?.startsWith('documents.') ? null : focus} />

      {editingClient && (
        <Dialog title={t('editClientTitle')} onClose={() => confirmLeave(() => setEditingClient(false))} size="wide">
          <ClientForm
            client={client}
            onSaved={() => {
              setEditingClient(false);
              setStatus(t('clientSaved'));
              void onChanged();
            }}
            onCancel={() => setEditingClient(false)}
          />
        </Dialog>
      )}
    </div>
  );
}

function ClientFacts({ client }: { client: Client }) {
  const { t } = useTranslation(['profile', 'vocab', 'common']);
  const words = useDateWords();
  // "None" beside Citizenship would read as stateless: say that nothing was recorded.
  const none = <span className="muted">{t('common:notRecorded')}</span>;
  const list = (values: string[], show: (value: string) => string = (value) => value) =>
    values.length === 0 ? none : values.map(show).join(', ');

  return (
    <>
      <dl className="cw-facts">
        <dt>{t('fullName')}</dt>
        <dd dir="auto" className="cw-name">
          {client.fullName}
        </dd>
        <dt>{t('fullNameNative')}</dt>
        <dd dir="auto" className="cw-name">
          {client.fullNameNative ?? none}
        </dd>
        <dt>{t('aliases')}</dt>
        <dd>
          {client.aliases.length === 0
            ? none
            : client.aliases.map((alias, index) => (
                <span key={index}>
                  {index > 0 && ', '}
                  <bdi>{alias}</bdi>
                </span>
              ))}
        </dd>
        <dt>{t('dateOfBirth')}</dt>
        <dd>{client.dateOfBirth ? words.partial(client.dateOfBirth) : none}</dd>
        <dt>{t('placeOfBirth')}</dt>
        <dd dir="auto">{client.placeOfBirth ?? none}</dd>
        <dt>{t('citizenships')}</dt>
        <dd>{list(client.citizenships, (code) => countryName(code, words.language))}</dd>
        <dt>{t('languages')}</dt>
        <dd>{list(client.languages, (code) => languageName(code, words.language))}</dd>
        {client.ethnicity && (
          <>
            <dt>{t('ethnicity')}</dt>
            <dd dir="auto">{client.ethnicity}</dd>
          </>
        )}
        {client.religion && (
          <>
            <dt>{t('religion')}</dt>
            <dd dir="auto">{client.religion}</dd>
          </>
        )}
      </dl>

      <h3>{t('situationHeading')}</h3>
      <dl className="cw-facts">
        <dt>{t('status')}</dt>
        <dd>{client.status ? t(`vocab:clientStatuses.${client.status}`) : none}</dd>
        <dt>{t('currentCountry')}</dt>
        <dd dir="auto">{client.currentCountry ? countryName(client.currentCountry, words.language) : none}</dd>
        <dt>{t('currentLocation')}</dt>
        <dd dir="auto">{client.currentLocation ?? none}</dd>
      </dl>

      <h3>{t('documentsHeading')}</h3>
      {client.documents.length === 0 ? (
        <p className="muted">{t('noDocuments')}</p>
      ) : (
        <div className="cw-table-wrap">
          <table className="cw-table">
            <thead>
              <tr>
                <th scope="col">{t('document.kind')}</th>
                <th scope="col">{t('document.number')}</th>
                <th scope="col">{t('document.issuingState')}</th>
                <th scope="col">{t('document.issued')}</th>
                <th scope="col">{t('document.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {client.documents.map((document, index) => {
                const expiry = expiryOf(document.expires);
                return (
                  <tr key={index} className={expiry.state === 'expired' ? 'cw-row--danger' : expiry.state === 'soon' ? 'cw-row--warning' : undefined}>
                    <th scope="row" dir="auto">
                      {document.kind}
                    </th>
                    <td dir="auto">{document.number ?? '—'}</td>
                    <td>{document.issuingState ? countryName(document.issuingState, words.language) : '—'}</td>
                    <td>{document.issued ? words.partial(document.issued) : '—'}</td>
                    <td>
                      {document.expires ? words.partial(document.expires) : t('document.noExpiry')}
                      {expiry.state === 'expired' && (
                        <>
                          {' '}
                          <Badge tone="danger">{t('document.expired', { count: expiry.days })}</Badge>
                        </>
                      )}
                      {expiry.state === 'soon' && (
                        <>
                          {' '}
                          <Badge tone="warning">
                            {expiry.days === 0 ? t('document.expiresToday') : t('document.expiresIn', { count: expiry.days })}
                          </Badge>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {client.family.length > 0 && (
        <>
          <h3>{t('familyHeading')}</h3>
          <ul className="plain-list">
            {client.family.map((member, index) => (
              <li key={index}>
                <bdi className="cw-name">{member.name}</bdi>
                {member.nameNative && (
                  <>
                    {' · '}
                    <bdi className="cw-name">{member.nameNative}</bdi>
                  </>
                )}{' '}
                <span className="muted">({member.relation})</span>
                {member.note && <p className="cw-note" dir="auto">{member.note}</p>}
              </li>
            ))}
          </ul>
        </>
      )}

      {client.contacts.length > 0 && (
        <>
          <h3>{t('contactsHeading')}</h3>
          <dl className="cw-facts">
            {client.contacts.map((contact, index) => (
              <div key={index} className="cw-facts__pair">
                <dt dir="auto">{contact.kind}</dt>
                <dd dir="auto">{contact.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  );
}
