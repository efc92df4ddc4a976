// The text of one file beside its preview, page by page: what OCR recognised on a scan or photo
// (said to be automatic and fallible), a PDF's own text or a text file's. The words a search hit
// matched (or the filter's words) are highlighted, and the hit's page is scrolled into view.
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { Loaded } from '../../ui/useLoaded';
import { markedParts } from './text-highlight';

export type EvidenceText = MethodOutput<'evidence.text'>;

interface EvidenceTextProps {
  title: string;
  text: Loaded<EvidenceText>;
  /** Whether a reading of the case's files runs now (an unread file is then being read, or will be). */
  reading: boolean;
  matches: ((word: string) => boolean) | null;
  /** The page a search hit is on, to show first. */
  page?: number | undefined;
  /** The page the preview beside shows: its text is brought into view as the preview turns. */
  shownPage?: number | undefined;
}

export function EvidenceTextPanel({ title, text, reading, matches, page, shownPage }: EvidenceTextProps) {
  const { t } = useTranslation('evidence');
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const value = text.status === 'ready' ? text.value : null;
  const pages = useMemo(() => value?.pages ?? [], [value]);

  // The page the preview shows (at first the hit's), and on it the first highlighted word, brought
  // into view inside the panel only.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || pages.length === 0) return;
    const wanted = shownPage ?? page;
    const section = wanted === undefined ? null : box.querySelector<HTMLElement>(`[data-page="${wanted}"]`);
    const target = (section ?? box).querySelector<HTMLElement>('mark') ?? section;
    if (!target) return;
    box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
  }, [pages, page, matches, shownPage]);

  const recognised = pages.some((entry) => entry.source === 'ocr');
  const hitPage = page === undefined ? undefined : pages.find((entry) => entry.page.page === page);
  const found = hitPage && matches ? [...new Set(hitPage.page.text.split(/\s+/).filter((word) => word !== '' && matches(word)))] : null;

  return (
    <section className="cw-text" aria-labelledby={headingId}>
      <h4 id={headingId} className="cw-text__heading">
        {t('text.heading')}
      </h4>
      {text.status === 'loading' && <p className="muted">{t('text.loading')}</p>}
      {text.status === 'failed' && <ErrorNotice error={text.error} />}
      {value?.state === 'unread' && <p className="muted">{reading ? t('text.reading') : t('text.unread')}</p>}
      {value?.state === 'failed' && (
        <p className="cw-note cw-note--warning">{t('text.failed', { reason: t(`text.reasons.${value.reason ?? 'unreadable'}`) })}</p>
      )}
      {value?.state === 'read' && pages.length === 0 && <p className="muted">{t('text.none')}</p>}
      {pages.length > 0 && (
        <>
          {recognised && <p className="cw-note cw-text__note">{t('text.ocrNote')}</p>}
          {found && (
            <p className="cw-text__found" role="status">
              {found.length > 0 ? t('text.found', { page, words: found.join(', ') }) : t('text.notFound')}
            </p>
          )}
          <div ref={scrollRef} className="cw-text__pages" tabIndex={0} role="region" aria-label={t('text.label', { title })}>
            {pages.map(({ page: shown }) => (
              <div key={shown.page} className="cw-text__page" data-page={shown.page}>
                {pages.length > 1 && <p className="cw-text__page-number">{t('text.page', { page: shown.page })}</p>}
                <p className="cw-text__body" dir="auto">
                  {markedParts(shown.text, matches).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
                </p>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
