// The export view's citation report: every citation in the case's texts (and their versions),
// where it is and where it lands in the dossier the choices on screen would make ("Annex 4, p. 2;
// dossier p. 312, part 2"), a broken one marked and said why, each with a link to its text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { citationBlocks, citationEditPlace, type CitationPlace, type CitationReportEntry } from '../../../shared/citations';
import { isLanguage, type Language } from '../../../shared/format/languages';
import { isLegalElementKey, legalElement } from '../../../shared/legal-elements';
import type { MethodInput } from '../../../shared/contract';
import type { CaseDetail } from '../../../shared/models';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { OpenView } from '../case-views';
import { useCitationPages, useCitationWords } from './citation-words';
import './citations.css';


interface CitationReportProps {
  detail: CaseDetail;
  request: MethodInput<'dossier.citations'>;
  /** The choices' JSON: a list made for other choices is marked stale. */
  requestKey: string;
  openView?: OpenView | undefined;
  disabled?: boolean;
}


export function CitationReport({ detail, request, requestKey, openView, disabled }: CitationReportProps) {
  const { t, i18n } = useTranslation(['citations', 'textVersions']);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const words = useCitationWords(detail.evidence);
  const pagesWords = useCitationPages();
  const [listed, setListed] = useState<{ key: string; entries: CitationReportEntry[] } | null>(null);
  const [listing, setListing] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const list = async () => {
    setListing(true);
    setError(null);
    try {
      setListed({ key: requestKey, entries: await call('dossier.citations', request) });
    } catch (failure) {
      setError(failure);
    } finally {
      setListing(false);
    }
  };

  const placeWords = (place: CitationPlace): string => {
    let words: string;
    if (place.record === 'event') {
      const event = detail.events.find((candidate) => candidate.id === place.recordId);
      words = t('report.places.description', { title: event?.title ?? '' });
    } else if (place.record === 'element' && isLegalElementKey(place.recordId)) {
      words = t(place.field === 'exhibits' ? 'report.places.argumentExhibits' : 'report.places.argument', { element: legalElement(place.recordId).label[language] });
    } else if (place.field === 'narrative' || place.field === 'interimMeasures') {
      words = t(`report.places.${place.field}`);
    } else {
      words = t('report.places.other', { field: place.field });
    }
    return place.language ? t('report.inVersion', { place: words, language: t(`textVersions:languageNames.${place.language}`) }) : words;
  };

  const landsWords = (entry: CitationReportEntry): string => {
    if (entry.printed === false) return t('report.notPrinted');
    if (entry.problem) return t(`report.problems.${entry.problem}`);
    const label = entry.exhibitLabel ?? entry.exhibitTitle ?? '';
    const pages = pagesWords(entry.citation.pages);
    if (entry.dossierPage === undefined) return `${label}, ${pages}`;
    return entry.part !== undefined
      ? t('report.landsInPart', { label, pages, page: entry.dossierPage, part: entry.part })
      : t('report.lands', { label, pages, page: entry.dossierPage });
  };

  const entries = listed?.entries ?? [];
  // A citation in a text this dossier never prints cannot mislead: the pre-flight leaves it alone, and so does the verdict.
  const broken = entries.filter(citationBlocks).length;
  return (
    <section className="cw-card cw-citation-report" aria-labelledby="export-citations-heading">
      <div className="cw-card__header">
        <h3 id="export-citations-heading">{t('report.heading')}</h3>
        <Button onClick={() => void list()} busy={listing} disabled={disabled}>
          {listed ? t('report.again') : t('report.check')}
        </Button>
      </div>
      <p className="muted">{t('report.intro')}</p>
      {error !== null && <ErrorNotice error={error} />}
      {listed && listed.key !== requestKey && <p className="cw-note cw-note--warning">{t('report.stale')}</p>}
      {listed && (
        <p role="status" className="cw-note">
          {entries.length === 0 ? t('report.none') : t('report.summary', { count: entries.length })}
          {broken > 0 && <strong className="citation-report__broken-count"> · {t('report.broken', { count: broken })}</strong>}
        </p>
      )}
      {entries.length > 0 && (
        <ul className="citation-report__list" aria-labelledby="export-citations-heading">
          {entries.map((entry, index) => {
            const place = placeWords(entry.place);
            const edit = citationEditPlace(entry.place);
            const entryBroken = citationBlocks(entry);
            return (
              <li
                key={index}
                className={`citation-report__entry${entryBroken ? ' citation-report__entry--broken' : ''}${entry.printed === false ? ' muted' : ''}`}
                data-problem={entryBroken ? entry.problem : undefined}
                data-printed={entry.printed === false ? 'false' : undefined}
              >
                <div>
                  <div dir="auto">{entry.exhibitTitle ? t('words.cited', { title: entry.exhibitTitle, pages: pagesWords(entry.citation.pages) }) : words.of(entry.citation)}</div>
                  <div className="citation-report__lands">
                    {entryBroken && <span aria-hidden="true">⚠ </span>}
                    {landsWords(entry)}
                  </div>
                  <div className="citation-report__where muted">{place}</div>
                </div>
                {openView && (
                  <Button size="small" variant="quiet" aria-label={t('report.openNamed', { place })} onClick={() => openView(edit.view, edit.id, undefined, edit.field)}>
                    {t('report.open')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
