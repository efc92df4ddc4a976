// What a file looks like, without opening it outside the vault: an image (a PNG the core made),
// the first page of a PDF, the start of a text, or why there is no preview.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceListItem, MethodOutput } from '../../../shared/contract';
import { call } from '../../api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useLoaded } from '../../ui/useLoaded';
import { drawFirstPage } from './pdf-first-page';
import { useSupportReason } from './support-reason';

type Preview = MethodOutput<'evidence.preview'>;
const PREVIEW_WIDTH = 420;

export function EvidencePreview({ item }: { item: EvidenceListItem }) {
  const { t } = useTranslation('evidence');
  const { state } = useLoaded(() => call('evidence.preview', { id: item.id, maxPixels: 800 }), [item.id]);

  return (
    <figure className="cw-preview" aria-busy={state.status === 'loading'}>
      {state.status === 'loading' && <p className="muted">{t('preview.loading')}</p>}
      {state.status === 'failed' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && <PreviewBody preview={state.value} item={item} />}
    </figure>
  );
}

function PreviewBody({ preview, item }: { preview: Preview; item: EvidenceListItem }) {
  const { t, i18n } = useTranslation('evidence');
  const supportReason = useSupportReason();
  const { title } = item;
  switch (preview.kind) {
    case 'image':
      return <ImagePreview bytes={preview.bytes} alt={t('preview.imageAlt', { title })} />;
    case 'pdf':
      return <PdfPreview bytes={preview.bytes} title={title} />;
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
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([bytes.slice()], { type: 'image/png' }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [bytes]);
  return url ? <img className="cw-preview__image" src={url} alt={alt} /> : null;
}

function PdfPreview({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const { t } = useTranslation('evidence');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<{ status: 'drawing' } | { status: 'drawn'; pages: number } | { status: 'failed' }>({ status: 'drawing' });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const controller = new AbortController();
    setState({ status: 'drawing' });
    drawFirstPage(bytes, canvas, PREVIEW_WIDTH, controller.signal)
      .then(({ pages }) => !controller.signal.aborted && setState({ status: 'drawn', pages }))
      .catch(() => !controller.signal.aborted && setState({ status: 'failed' }));
    return () => controller.abort();
  }, [bytes]);

  return (
    <>
      <canvas
        ref={canvasRef}
        className="cw-preview__page"
        role="img"
        aria-label={t('preview.pdfAlt', { title })}
        hidden={state.status === 'failed'}
      />
      <figcaption className="muted">
        {state.status === 'drawing' && t('preview.drawing')}
        {state.status === 'drawn' && t('preview.pageOf', { count: state.pages })}
        {state.status === 'failed' && t('preview.pdfFailed')}
      </figcaption>
    </>
  );
}
