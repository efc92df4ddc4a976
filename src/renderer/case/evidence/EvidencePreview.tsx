// What a file looks like, without opening it outside the vault: an image (a PNG the core made),
// the first page of a PDF, the start of a text, or why there is no preview.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { call } from '../../api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { drawFirstPage } from './pdf-first-page';

type Preview = MethodOutput<'evidence.preview'>;
type State = { status: 'loading' } | { status: 'ready'; preview: Preview } | { status: 'failed'; error: unknown };

const PREVIEW_WIDTH = 420;

export function EvidencePreview({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('evidence');
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    call('evidence.preview', { id, maxPixels: 800 })
      .then((preview) => current && setState({ status: 'ready', preview }))
      .catch((error: unknown) => current && setState({ status: 'failed', error }));
    return () => {
      current = false;
    };
  }, [id]);

  return (
    <figure className="cw-preview" aria-busy={state.status === 'loading'}>
      {state.status === 'loading' && <p className="cw-muted">{t('preview.loading')}</p>}
      {state.status === 'failed' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && <PreviewBody preview={state.preview} title={title} />}
    </figure>
  );
}

function PreviewBody({ preview, title }: { preview: Preview; title: string }) {
  const { t } = useTranslation('evidence');
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
    case 'none':
      return (
        <p className="cw-preview__none">
          {t('preview.none')} <span className="cw-muted">{preview.reason}</span>
        </p>
      );
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
      <figcaption className="cw-muted">
        {state.status === 'drawing' && t('preview.drawing')}
        {state.status === 'drawn' && t('preview.pageOf', { count: state.pages })}
        {state.status === 'failed' && t('preview.pdfFailed')}
      </figcaption>
    </>
  );
}
