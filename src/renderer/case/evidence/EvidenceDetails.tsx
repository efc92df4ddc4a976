// One file in full: its preview with its text beside (the words found highlighted), the facts taken at intake (name, detected type, size, SHA-256),
// what the dossier can make of it (with "Enter password…" for a protected PDF), the events it
// proves, and the description the lawyer keeps.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem } from '../../../shared/contract';
import type { TimelineEvent } from '../../../shared/models';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { useLoaded } from '../../ui/useLoaded';
import { call } from '../../api';
import type { OpenView, TextSpot } from '../case-views';
import { useDateWords } from '../date-words';
import { formatFileSize } from '../../../shared/format/file-size';
import { EvidenceBadges } from './EvidenceBadges';
import { EvidenceMetadataForm } from './EvidenceMetadataForm';
import { EvidencePreview, type BoxesOf } from './EvidencePreview';
import { EvidenceTextPanel } from './EvidenceText';
import { highlightedBoxes, wordHighlighter } from './text-highlight';
import './evidence-text.css';
import { asksForPassword, PdfPasswordDialog } from './PdfPasswordDialog';
import { useSupportReason } from './support-reason';

interface EvidenceDetailsProps {
  item: EvidenceListItem;
  all: readonly EvidenceListItem[];
  events: ReadonlyMap<string, TimelineEvent>;
  onSaved: (item: EvidenceListItem) => void;
  openView: OpenView;
  /** Where a search hit found words in this file's text, if the lawyer came from one. */
  spot?: TextSpot | undefined;
  /** The filter's words, highlighted in the text when no hit says which. */
  filterWords?: string | undefined;
  /** Goes up as the case's files are read, so the text shows once this file's is. */
  textRevision: number;
  reading: boolean;
}

export function EvidenceDetails({ item, all, events, onSaved, openView, spot, filterWords = '', textRevision, reading }: EvidenceDetailsProps) {
  const { t } = useTranslation(['evidence', 'vocab', 'common']);
  const words = useDateWords();
  const supportReason = useSupportReason();
  const [askingPassword, setAskingPassword] = useState(false);
  const [passwordAccepted, setPasswordAccepted] = useState(false);
  const acceptedRef = useRef<HTMLParagraphElement>(null);
  const { state: text } = useLoaded(() => call('evidence.text', { id: item.id }), [item.id, textRevision]);
  // The page the preview shows, so the text beside it turns with it.
  const [shown, setShown] = useState<{ id: string; page: number } | null>(null);
  const onPage = useCallback((page: number) => setShown({ id: item.id, page }), [item.id]);
  const matches = useMemo(() => wordHighlighter(spot ? spot.words : [filterWords]), [spot, filterWords]);
  const boxesOf = useCallback<BoxesOf>(
    (page) => {
      const shown = text.status === 'ready' ? text.value.pages.find((entry) => entry.page.page === page) : undefined;
      // Only recognised words have boxes on the picture; a PDF's own text is already seen there.
      return shown?.source === 'ocr' ? highlightedBoxes(shown.page, matches) : [];
    },
    [text, matches],
  );
  // The button that opened the dialog is gone with the badge: focus goes to what happened instead.
  useEffect(() => {
    if (passwordAccepted) acceptedRef.current?.focus();
  }, [passwordAccepted]);

  return (
    <article className="cw-details" aria-labelledby={`evidence-heading-${item.id}`}>
      <p className="cw-details__eyebrow">
        {t(`vocab:evidenceKinds.${item.kind}`)} <EvidenceBadges item={item} />
      </p>
      <h3 id={`evidence-heading-${item.id}`} dir="auto">
        {item.title}
      </h3>

      <div className="cw-preview-pair">
        <EvidencePreview item={item} boxesOf={boxesOf} initialPage={spot?.page} onPage={onPage} />
        <EvidenceTextPanel title={item.title} text={text} reading={reading} matches={matches} page={spot?.page} shownPage={shown?.id === item.id ? shown.page : undefined} />
      </div>

      <dl className="cw-facts">
        <dt>{t('facts.originalName')}</dt>
        <dd dir="auto" className="cw-break">
          {item.originalName}
        </dd>
        <dt>{t('facts.mediaType')}</dt>
        <dd>
          <code>{item.mediaType}</code>
          {!item.nameMatchesContent && <p className="cw-note cw-note--warning">{t('facts.mismatchNote')}</p>}
        </dd>
        <dt>{t('facts.size')}</dt>
        <dd>{formatFileSize(item.size, words.language)}</dd>
        <dt>{t('facts.sha256')}</dt>
        <dd>
          <code className="cw-hash cw-hash--full" tabIndex={0} aria-label={t('facts.sha256Label', { hash: item.sha256 })}>
            {item.sha256}
          </code>
        </dd>
        <dt>{t('facts.importedAt')}</dt>
        <dd>{words.instant(item.importedAt)}</dd>
        <dt>{t('facts.inDossier')}</dt>
        <dd>
          {item.dossierSupport === 'not_reproduced' ? (
            <>
              <Badge tone="danger">{t('badges.notReproduced')}</Badge>
              {/* The core's English note, with the reader's own detail, for whoever needs it. */}
              <p className="cw-note cw-note--warning" title={item.supportNote}>
                {supportReason(item)} {t('support.not_reproduced')}
              </p>
              {asksForPassword(item) && (
                <Button size="small" onClick={() => setAskingPassword(true)}>
                  {t('password.open')}
                </Button>
              )}
            </>
          ) : (
            t(`support.${item.dossierSupport}`)
          )}
          {passwordAccepted && (
            <p ref={acceptedRef} tabIndex={-1} className="cw-note" role="status">
              {t('password.accepted', { title: item.title })}
            </p>
          )}
        </dd>
        <dt>{t('facts.proves')}</dt>
        <dd>
          {item.eventIds.length === 0 ? (
            <span className="muted">{t('facts.provesNothing')}</span>
          ) : (
            <ul className="plain-list">
              {item.eventIds.map((id) => {
                const event = events.get(id);
                return (
                  <li key={id}>
                    <button type="button" className="cw-link" onClick={() => openView('timeline', id)}>
                      {event ? (
                        <>
                          {words.dated(event)}: <bdi>{event.title}</bdi>
                        </>
                      ) : (
                        id
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
      </dl>

      <EvidenceMetadataForm key={item.id} item={item} others={all} onSaved={onSaved} />
      {askingPassword && (
        <PdfPasswordDialog
          item={item}
          onClose={() => setAskingPassword(false)}
          onSaved={(saved) => {
            setAskingPassword(false);
            setPasswordAccepted(saved.dossierSupport !== 'not_reproduced');
            onSaved(saved);
          }}
        />
      )}
    </article>
  );
}
