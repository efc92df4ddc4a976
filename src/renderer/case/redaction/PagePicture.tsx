// One exhibit page shown large to draw boxes on: a PDF opened once with pdf.js in the window (as
// the citation picker and the preview draw it; the bytes come from the core and stay in memory)
// and drawn page by page, upright as its rotation says; an image as the core's upright preview
// (its first page: the preview is a TIFF's first frame). The picture is decorative to a screen
// reader: the page's own label and the list of boxes say what is on it.
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/models';
import { call } from '../../api';
import { useObjectUrl } from '../../ui/use-object-url';
import { openPdf, type OpenPdf } from '../evidence/pdf-document';

/** Wide enough to place a box on a line of text; the page column shrinks it on a narrow window. */
const PAGE_WIDTH = 640;
/** An image's preview, sharp at PAGE_WIDTH on a high-density screen. */
const IMAGE_PIXELS = 1600;

export type OpenedExhibit =
  | { status: 'opening' }
  | { status: 'failed' }
  | { status: 'pdf'; pdf: OpenPdf }
  | { status: 'image'; bytes: Uint8Array; firstOfMany: boolean };

/** The exhibit opened for drawing its pages, once per exhibit chosen. */
export function useOpenedExhibit(item: Pick<EvidenceItem, 'id' | 'mediaType'> | undefined): OpenedExhibit {
  const [opened, setOpened] = useState<OpenedExhibit>({ status: 'opening' });
  const id = item?.id;
  const mediaType = item?.mediaType;
  useEffect(() => {
    if (!id) return undefined;
    const controller = new AbortController();
    let pdf: OpenPdf | null = null;
    setOpened({ status: 'opening' });
    call('evidence.preview', { id, maxPixels: IMAGE_PIXELS })
      .then(async (preview) => {
        if (controller.signal.aborted) return;
        if (preview.kind === 'image') return setOpened({ status: 'image', bytes: preview.bytes, firstOfMany: mediaType === 'image/tiff' });
        if (preview.kind !== 'pdf') return setOpened({ status: 'failed' });
        pdf = await openPdf(preview.bytes, controller.signal);
        if (!controller.signal.aborted) setOpened({ status: 'pdf', pdf });
      })
      .catch(() => !controller.signal.aborted && setOpened({ status: 'failed' }));
    return () => {
      controller.abort();
      pdf?.close();
    };
  }, [id, mediaType]);
  return opened;
}

interface PagePictureProps {
  opened: OpenedExhibit;
  page: number;
  /** The picture's element, whose rectangle a pointer's place is measured in. */
  pictureRef: MutableRefObject<HTMLElement | null>;
  /** Told whether the page is on screen (the boxes are laid over it only then). */
  onShown: (shown: boolean) => void;
}

export function PagePicture({ opened, page, pictureRef, onShown }: PagePictureProps) {
  const { t } = useTranslation('redaction');
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;
  if (opened.status === 'opening') return <p className="muted rd-page__note">{t('regions.loading')}</p>;
  if (opened.status === 'failed') return <p className="muted rd-page__note">{t('regions.cannotDraw')}</p>;
  if (opened.status === 'image') return <ImagePage bytes={opened.bytes} pictureRef={pictureRef} onShown={(shown) => onShownRef.current(shown)} />;
  return <PdfPage pdf={opened.pdf} page={page} pictureRef={pictureRef} onShown={(shown) => onShownRef.current(shown)} />;
}

function ImagePage({ bytes, pictureRef, onShown }: { bytes: Uint8Array; pictureRef: MutableRefObject<HTMLElement | null>; onShown: (shown: boolean) => void }) {
  const url = useObjectUrl(bytes, 'image/png');
  if (!url) return null;
  return (
    <img
      className="rd-page__picture"
      src={url}
      alt=""
      draggable={false}
      ref={(element) => {
        pictureRef.current = element;
      }}
      onLoad={() => onShown(true)}
      style={{ width: PAGE_WIDTH }}
    />
  );
}

function PdfPage({ pdf, page, pictureRef, onShown }: { pdf: OpenPdf; page: number; pictureRef: MutableRefObject<HTMLElement | null>; onShown: (shown: boolean) => void }) {
  const { t } = useTranslation('redaction');
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [state, setState] = useState<'drawing' | 'drawn' | 'failed'>('drawing');
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    let current = true;
    setState('drawing');
    onShownRef.current(false);
    pdf
      .draw(page, canvas, PAGE_WIDTH)
      .then(() => {
        if (!current) return;
        setState('drawn');
        onShownRef.current(true);
      })
      // A page that cannot be drawn (or a draw cancelled by the next page) shows why, not a blank.
      .catch(() => current && setState('failed'));
    return () => {
      current = false;
    };
  }, [pdf, page]);

  return (
    <>
      <canvas
        className="rd-page__picture"
        aria-hidden="true"
        ref={(element) => {
          canvasRef.current = element;
          pictureRef.current = element;
        }}
      />
      {state === 'drawing' && <p className="muted rd-page__note">{t('regions.loading')}</p>}
      {state === 'failed' && <p className="muted rd-page__note">{t('regions.cannotDraw')}</p>}
    </>
  );
}
