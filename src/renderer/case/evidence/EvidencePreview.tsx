// What a file looks like, without opening it outside the vault: an image (a PNG the core made),
// a PDF page by page, the start of a text, or why there is no preview. The words a search found
// in the file's text are boxed on the picture of their page.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem, MethodOutput } from '../../../shared/contract';
import type { PixelBox } from '../../../shared/recognized-text';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useLoaded } from '../../ui/useLoaded';
import { useObjectUrl } from '../../ui/use-object-url';
import { HitFrame } from './HitBoxes';
import { openPdf, type OpenPdf } from './pdf-document';
import { pageForKey } from './pdf-paging';
import { useSupportReason } from './support-reason';

type Preview = MethodOutput<'evidence.preview'>;
const PREVIEW_WIDTH = 420;

/** The highlighted words' boxes on one page (1-based), as fractions of the page. */
export type BoxesOf = (page: number) => readonly PixelBox[];

interface EvidencePreviewProps {
  item: EvidenceListItem;
  boxesOf?: BoxesOf | undefined;
  /** The page to show first (a search hit's). */
  initialPage?: number | undefined;
  /** Told the page a PDF shows, each time it turns (the text beside it follows). */
  onPage?: ((page: number) => void) | undefined;
}

const noBoxes: BoxesOf = () => [];

export function EvidencePreview({ item, boxesOf = noBoxes, initialPage, onPage }: EvidencePreviewProps) {
  const { t } = useTranslation('evidence');
  const { state } = useLoaded(() => call('evidence.preview', { id: item.id, maxPixels: 800 }), [item.id]);

  return (
    <figure className="cw-preview" aria-busy={state.status === 'loading'}>
      {state.status === 'loading' && <p className="muted">{t('preview.loading')}</p>}
      {state.status === 'failed' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && <PreviewBody preview={state.value} item={item} boxesOf={boxesOf} initialPage={initialPage ?? 1} onPage={onPage} />}
    </figure>
  );
}

type PageProps = { boxesOf: BoxesOf; initialPage: number; onPage?: ((page: number) => void) | undefined };

function PreviewBody({ preview, item, boxesOf, initialPage, onPage }: { preview: Preview; item: EvidenceListItem } & PageProps) {
  const { t, i18n } = useTranslation('evidence');
  const supportReason = useSupportReason();
  const { title } = item;
  switch (preview.kind) {
    case 'image':
      return (
        <HitFrame boxes={boxesOf(1)}>
          <ImagePreview bytes={preview.bytes} alt={t('preview.imageAlt', { title })} />
        </HitFrame>
      );
    case 'pdf':
      return <PdfPreview bytes={preview.bytes} title={title} boxesOf={boxesOf} initialPage={initialPage} onPage={onPage} />;
    case 'text':
      return (
        <pre className="cw-preview__text" dir="auto" tabIndex={0} aria-label={t('preview.textLabel', { title })}>
          {preview.text}
        </pre>
      );
    case 'none': {
      // The core says why in English; another language has the file's own reason in its words
      // where there is one, and the core's sentence (which may say "run a vault check") if not.
      const reason = i18n.language === 'en' ? preview.reason : (supportReason(item) ?? preview.reason);
      return (
        <p className="cw-preview__none">
          {t('preview.none')}{' '}
          <span className="muted" title={preview.reason}>
            {reason}
          </span>
        </p>
      );
    }
  }
}

function ImagePreview({ bytes, alt }: { bytes: Uint8Array; alt: string }) {
  const url = useObjectUrl(bytes, 'image/png');
  return url ? <img className="cw-preview__image" src={url} alt={alt} /> : null;
}

// The document stays open while the lawyer pages through it; only the page is drawn again.
function PdfPreview({ bytes, title, boxesOf, initialPage, onPage }: { bytes: Uint8Array; title: string } & PageProps) {
  const { t } = useTranslation('evidence');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const hintId = useId();
  // 'locked': the PDF needs a password, which never comes to the window (the core keeps it).
  const [pdf, setPdf] = useState<{ status: 'opening' } | { status: 'open'; document: OpenPdf } | { status: 'failed'; locked: boolean }>({ status: 'opening' });
  const [page, setPage] = useState(initialPage);
  const [drawn, setDrawn] = useState<number | null>(null);

  const initialPageRef = useRef(initialPage);
  initialPageRef.current = initialPage;
  // A later hit in the same file turns to its page.
  useEffect(() => {
    if (pdf.status === 'open') setPage(Math.min(Math.max(initialPage, 1), pdf.document.pages));
    // Only a new page asked for turns the page, not the document opening (handled below).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialPage]);

  useEffect(() => {
    const controller = new AbortController();
    let opened: OpenPdf | null = null;
    setPdf({ status: 'opening' });
    setPage(1);
    openPdf(bytes, controller.signal)
      .then((document) => {
        opened = document;
        if (controller.signal.aborted) return;
        setPage(Math.min(Math.max(initialPageRef.current, 1), document.pages));
        setPdf({ status: 'open', document });
      })
      .catch((error: unknown) => !controller.signal.aborted && setPdf({ status: 'failed', locked: (error as { name?: unknown } | null)?.name === 'PasswordException' }));
    return () => {
      controller.abort();
      opened?.close();
    };
  }, [bytes]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (pdf.status !== 'open' || !canvas) return undefined;
    let current = true;
    setDrawn(null);
    pdf.document
      .draw(page, canvas, PREVIEW_WIDTH)
      .then(() => current && setDrawn(page))
      // A page that cannot be drawn (or a draw cancelled by the next page) leaves the others.
      .catch(() => current && setDrawn(null));
    return () => {
      current = false;
    };
  }, [pdf, page]);

  const onPageRef = useRef(onPage);
  onPageRef.current = onPage;
  useEffect(() => {
    if (pdf.status === 'open') onPageRef.current?.(page);
  }, [pdf, page]);

  const pages = pdf.status === 'open' ? pdf.document.pages : 0;
  const turn = (event: KeyboardEvent) => {
    const next = pageForKey(event.key, page, pages);
    if (next === null) return;
    event.preventDefault();
    setPage(next);
  };

  return (
    <>
      <HitFrame boxes={drawn === page ? boxesOf(page) : []}>
        <canvas
          ref={canvasRef}
          className="cw-preview__page"
          role="img"
          aria-label={t('preview.pdfAlt', { page, title })}
          aria-describedby={pages > 1 ? hintId : undefined}
          tabIndex={pages > 1 ? 0 : undefined}
          onKeyDown={pages > 1 ? turn : undefined}
          hidden={pdf.status === 'failed'}
        />
      </HitFrame>
      <figcaption className="cw-preview__caption">
        {pdf.status === 'failed' ? (
          <span className="muted">{pdf.locked ? t('preview.pdfLocked') : t('preview.pdfFailed')}</span>
        ) : pages > 1 ? (
          <div className="cw-pager" role="group" aria-label={t('preview.pages', { title })}>
            <Button size="small" variant="quiet" onClick={() => setPage(page - 1)} disabled={page <= 1}>
              {t('preview.previousPage')}
            </Button>
            <span className="cw-pager__where" aria-live="polite">
              {t('preview.pageOf', { page, count: pages })}
            </span>
            <Button size="small" variant="quiet" onClick={() => setPage(page + 1)} disabled={page >= pages}>
              {t('preview.nextPage')}
            </Button>
            <span id={hintId} className="visually-hidden">
              {t('preview.pagingHint')}
            </span>
          </div>
        ) : (
          <span className="muted">{pdf.status === 'open' && drawn !== null ? t('preview.pageOf', { page: 1, count: pages }) : t('preview.drawing')}</span>
        )}
      </figcaption>
    </>
  );
}
