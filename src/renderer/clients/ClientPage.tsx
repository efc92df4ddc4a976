// One client: who they are (names in both scripts, documents with expiry warnings, where they
// are now) and their cases, with creating, editing, archiving and opening a case.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/contract';
import type { Case, Client } from '../../shared/models';
import { call } from '../api';
import { formatPartialDate } from '../../shared/format/dates';
import { languageOf } from '../../shared/format/languages';
import { clientNamesInOrder, countryName, languageName } from '../case/display-names';
import { expiryOf } from '../case/profile/document-expiry';
import type { Navigate } from '../vault/routes';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import { StatusMessage } from '../ui/StatusMessage';
import { useLoaded } from '../ui/useLoaded';
import { CaseList } from './CaseList';
import { ClientForm } from './ClientForm';
import { statusTone } from './ClientsList';

type CaseSummary = MethodOutput<'cases.list'>[number];

interface ClientData {
  client: Client;
  archived: boolean;
  cases: CaseSummary[];
}

async function loadClient(clientId: string): Promise<ClientData> {
  const [client, summaries, cases] = await Promise.all([
    call('clients.get', { id: clientId }),
    // The record itself carries no archive mark; the list does.
    call('clients.list', { includeArchived: true }),
    call('cases.list', { clientId, includeArchived: true }),
  ]);
  return { client, archived: summaries.find((summary) => summary.id === clientId)?.archived ?? false, cases };
}

export function ClientPage({ clientId, navigate }: { clientId: string; navigate: Navigate }) {
  const { t, i18n } = useTranslation(['clients', 'vocab', 'common']);
  const { state, reload, setValue } = useLoaded(() => loadClient(clientId), [clientId]);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <p className="page muted">{t('common:loading')}</p>;
  if (state.status === 'failed')
    return (
      <div className="page">
        <BackToClients navigate={navigate} />
        <ErrorNotice error={state.error} onRetry={reload} />
      </div>
    );

  const data = state.value;
  const { client, archived, cases } = data;
  // The name in the reader's own script is the heading (Cyrillic in the Russian window).
  const names = clientNamesInOrder(client, i18n.language);

  async function setArchived(next: boolean) {
    setBusy(true);
    setFailure(null);
    try {
      await call('clients.archive', { id: client.id, archived: next });
      setValue({ ...data, archived: next });
      setStatus(next ? t('page.archivedDone') : t('page.restoredDone'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (editing) {
    return (
      <div className="page page--narrow">
        <h1>
          {t('form.editTitle')}: <span dir="auto">{names.first}</span>
        </h1>
        <ClientForm
          client={client}
          onSaved={(saved) => {
            setValue({ ...data, client: saved });
            setEditing(false);
            setStatus(t('page.savedDone'));
          }}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }

  return (
    <div className="page">
      <BackToClients navigate={navigate} />
      <div className="page__head client-head">
        <div className="client-head__names">
          <h1 dir="auto">{names.first}</h1>
          {names.second && (
            <p className="client-head__native" dir="auto">
              {names.second}
            </p>
          )}
          <p className="client-head__badges">
            {client.status && <Badge tone={statusTone(client.status)}>{t(`vocab:clientStatuses.${client.status}`)}</Badge>}
            {archived && <Badge>{t('list.archived')}</Badge>}
          </p>
        </div>
        <div className="page__actions">
          <Button onClick={() => setEditing(true)}>{t('page.editClient')}</Button>
          <Button variant="quiet" busy={busy} onClick={() => setArchived(!archived)}>
            {archived ? t('page.restoreClient') : t('page.archiveClient')}
          </Button>
        </div>
      </div>
      <StatusMessage>{status}</StatusMessage>
      {failure !== null && <ErrorNotice error={failure} />}
      {archived && <p className="notice">{t('page.archivedNotice')}</p>}

      <div className="client-page">
        <ClientDetails client={client} />
        <CaseList
          clientId={client.id}
          cases={cases}
          onOpen={(caseId) => navigate.openCase(caseId)}
          onChanged={(message) => {
            setStatus(message);
            reload();
          }}
          onCreated={(created: Case) => navigate.openCase(created.id)}
        />
      </div>
    </div>
  );
}

function BackToClients({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation('clients');
  return (
    <Button variant="quiet" size="small" className="back-link" onClick={navigate.clients}>
      <span aria-hidden="true">← </span>
      {t('page.backToClients')}
    </Button>
  );
}

function ClientDetails({ client }: { client: Client }) {
  const { t, i18n } = useTranslation(['clients', 'common']);
  // Codes and ISO dates as words in the window's language ("kk" → "Kazakh", "12 April 1988").
  const language = languageOf(i18n.language);
  const date = (value: string) => formatPartialDate(value, language);
  const rows: [string, string | undefined][] = [
    [t('page.born'), [client.dateOfBirth && date(client.dateOfBirth), client.placeOfBirth].filter(Boolean).join(', ') || undefined],
    [t('fields.citizenships'), client.citizenships.map((code) => countryName(code, language)).join(', ') || undefined],
    [t('fields.languages'), client.languages.map((code) => languageName(code, language)).join(', ') || undefined],
    [t('fields.ethnicity'), client.ethnicity],
    [t('fields.religion'), client.religion],
    [t('fields.currentCountry'), client.currentCountry && countryName(client.currentCountry, language)],
    [t('fields.currentLocation'), client.currentLocation],
    [t('fields.aliases'), client.aliases.join('; ') || undefined],
  ];
  return (
    <section className="panel client-details" aria-labelledby="client-details-title">
      <h2 id="client-details-title">{t('page.details')}</h2>
      <dl className="facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="facts__row">
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
      </dl>

      <h3>{t('page.documentsHeading')}</h3>
      {client.documents.length === 0 ? (
        <p className="muted">{t('page.noDocuments')}</p>
      ) : (
        <ul className="document-list">
          {client.documents.map((document, index) => {
            const expiry = expiryOf(document.expires);
            return (
              <li key={index}>
                <span dir="auto" className="document-list__kind">
                  {document.kind}
                </span>
                {document.number && (
                  <span dir="ltr" className="document-list__number">
                    {document.number}
                  </span>
                )}
                {document.issuingState && <span dir="auto">{document.issuingState}</span>}
                {document.expires && <span>{t('page.expiresOn', { date: date(document.expires) })}</span>}
                {expiry.state === 'expired' && <Badge tone="danger">{t('page.expired')}</Badge>}
                {expiry.state === 'soon' && <Badge tone="warning">{t('page.expiresSoon')}</Badge>}
              </li>
            );
          })}
        </ul>
      )}

      {client.contacts.length > 0 && (
        <>
          <h3>{t('page.contactsHeading')}</h3>
          <ul className="plain-list">
            {client.contacts.map((contact, index) => (
              <li key={index} dir="auto">
                {contact.kind}: {contact.value}
              </li>
            ))}
          </ul>
        </>
      )}
      {client.family.length > 0 && (
        <>
          <h3>{t('page.familyHeading')}</h3>
          <ul className="plain-list">
            {client.family.map((member, index) => (
              <li key={index} dir="auto">
                {member.name}
                {member.nameNative ? ` (${member.nameNative})` : ''} — {member.relation}
                {member.note ? `; ${member.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {client.notes && (
        <>
          <h3>{t('fields.notes')}</h3>
          <p className="prewrap" dir="auto">
            {client.notes}
          </p>
        </>
      )}
    </section>
  );
}
