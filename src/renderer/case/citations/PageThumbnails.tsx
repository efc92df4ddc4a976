// The first pages of an exhibit, small, to pick the page a citation points to: a PDF's pages
// drawn by pdf.js one after another (the bytes come from the core and stay in memory), an image
// as its first page (a TIFF's later pages are typed), and for a file the window cannot draw, only
// the typed page range.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/models';
import { call } from '../../api';
import { useLoaded } from '../../ui/useLoaded';
import { useObjectUrl } from '../../ui/use-object-url';
import { openPdf, type OpenPdf } from '../evidence/pdf-document';

/** Enough to find the page in a short exhibit; a longer one's later pages are typed. */
export const THUMBNAIL_PAGES = 12;
const THUMBNAIL_WIDTH = 96;

interface PageThumbnailsProps {
  item: EvidenceItem;
  /** The pages chosen now, to mark their thumbnails. */
  chosen: { from: number; to: number } | undefined;
  onPick: (page: number, extend: boolean) => void;
  /**
   * Told a PDF's page count once pdf.js has it. An image's is never told: its preview is its first
   * frame only, and a TIFF may hold several (the pre-flight checks a page beyond its last).
   */
  onPageCount: (count: number) => void;
}

export function PageThumbnails({ item, chosen, onPick, onPageCount }: PageThumbnailsProps) {
  const { t } = useTranslation('citations');
  const { state } = useLoaded(() => call('evidence.preview', { id: item.id, maxPixels: 400 }), [item.id]);
  const onPageCountRef = useRef(onPageCount);
  onPageCountRef.current = onPageCount;

  if (state.status === 'loading') return <p className="muted">{t('picker.loadingPages')}</p>;
  if (state.status === 'failed') return <p className="muted">{t('picker.noThumbnails')}</p>;
  const preview = state.value;
  const thumb = (page: number, body: React.ReactNode) => (
    <button
      key={page}
      type="button"
      className="citation-thumb"
      aria-pressed={chosen !== undefined && page >= chosen.from && page <= chosen.to}
      onClick={(event) => onPick(page, event.shiftKey)}
    >
      {body}
      <span className="citation-thumb__number">{t('picker.page', { page })}</span>
    </button>
  );
  if (preview.kind === 'image') {
    return (
      <div className="citation-thumbs" role="group" aria-label={t('picker.thumbnails')}>
        {thumb(1, <ImageThumb bytes={preview.bytes} />)}
        {/* A TIFF scan may hold several pages; the others are typed. */}
        {item.mediaType === 'image/tiff' && <p className="muted citation-thumbs__more">{t('picker.imageFirstPage')}</p>}
      </div>
    );
  }
  if (preview.kind === 'pdf') return <PdfThumbs bytes={preview.bytes} thumb={thumb} onPageCount={(count) => onPageCountRef.current(count)} />;
  return <p className="muted">{t('picker.noThumbnails')}</p>;
}

function ImageThumb({ bytes }: { bytes: Uint8Array }) {
  const url = useObjectUrl(bytes, 'image/png');
  // The button's words name the page; the picture adds nothing a screen reader needs.
  return url ? <img className="citation-thumb__image" src={url} alt="" /> : null;
}

function PdfThumbs({ bytes, thumb, onPageCount }: { bytes: Uint8Array; thumb: (page: number, body: React.ReactNode) => React.ReactNode; onPageCount: (count: number) => void }) {
  const { t } = useTranslation('citations');
  const [pdf, setPdf] = useState<OpenPdf | null | 'failed'>(null);
  const canvases = useRef(new Map<number, HTMLCanvasElement>());
  const onPageCountRef = useRef(onPageCount);
  onPageCountRef.current = onPageCount;

  useEffect(() => {
    const controller = new AbortController();
    let opened: OpenPdf | null = null;
    openPdf(bytes, controller.signal)
      .then((document) => {
        opened = document;
        setPdf(document);
        onPageCountRef.current(document.pages);
      })
      .catch(() => !controller.signal.aborted && setPdf('failed'));
    return () => {
      controller.abort();
      opened?.close();
    };
  }, [bytes]);

  // One page after another: a document draws one page at a time (a newer draw cancels an older).
  useEffect(() => {
    if (!pdf || pdf === 'failed') return undefined;
    let stopped = false;
    void (async () => {
      for (let page = 1; page <= Math.min(pdf.pages, THUMBNAIL_PAGES) && !stopped; page++) {
        const canvas = canvases.current.get(page);
        if (canvas) await pdf.draw(page, canvas, THUMBNAIL_WIDTH).catch(() => undefined);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [pdf]);

  if (pdf === 'failed') return <p className="muted">{t('picker.noThumbnails')}</p>;
  if (!pdf) return <p className="muted">{t('picker.loadingPages')}</p>;
  const shown = Math.min(pdf.pages, THUMBNAIL_PAGES);
  return (
    <div className="citation-thumbs" role="group" aria-label={t('picker.thumbnails')}>
      {Array.from({ length: shown }, (_, index) =>
        thumb(
          index + 1,
          <canvas
            className="citation-thumb__canvas"
            aria-hidden="true"
            ref={(element) => {
              if (element) canvases.current.set(index + 1, element);
              else canvases.current.delete(index + 1);
            }}
          />,
        ),
      )}
      {pdf.pages > shown && <p className="muted citation-thumbs__more">{t('picker.morePages', { count: pdf.pages })}</p>}
    </div>
  );
}
