// A PDF opened with pdf.js in the window, kept open while the lawyer pages through it: the bytes
// come from the core (evidence.preview) and never touch the disk. The worker is bundled and
// served from the app itself (the CSP allows workers from 'self' only), and pdf.js may not
// evaluate code the file carries (isEvalSupported: false), a hostile PDF's fonts and functions
// included. Its WebAssembly decoders are off too (the CSP refuses WebAssembly): the JavaScript
// ones draw the same images.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export interface OpenPdf {
  pages: number;
  /** Draws page `number` (from 1) `cssWidth` pixels wide; a newer call cancels an unfinished one. */
  draw: (number: number, canvas: HTMLCanvasElement, cssWidth: number) => Promise<void>;
  close: () => void;
}

export async function openPdf(bytes: Uint8Array, signal: AbortSignal): Promise<OpenPdf> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js takes the buffer over to its worker; a copy keeps the caller's bytes usable.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false, stopAtErrors: false, useWasm: false, verbosity: 0 });
  const close = () => void task.destroy();
  signal.addEventListener('abort', close);
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    close();
    throw error;
  } finally {
    signal.removeEventListener('abort', close);
  }
  if (signal.aborted) {
    close();
    throw new DOMException('The preview was closed.', 'AbortError');
  }
  const opened = document;
  let rendering: { cancel: () => void } | null = null;
  // The newest draw wins: pages are fetched asynchronously, so a quick second turn (PageDown held)
  // must not start drawing while the first still holds the canvas, nor be overtaken by it.
  let newest = 0;

  return {
    pages: opened.numPages,
    async draw(number, canvas, cssWidth) {
      const ticket = ++newest;
      const page = await opened.getPage(number);
      if (ticket !== newest) return;
      rendering?.cancel();
      const natural = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (cssWidth / natural.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      // From the page's own proportions, so a pane narrower than cssWidth shrinks the page whole
      // (a fixed height would squeeze it, and the boxes laid over its words would miss them).
      canvas.style.height = 'auto';
      const task = page.render({ canvas, viewport });
      rendering = task;
      try {
        await task.promise;
      } finally {
        if (rendering === task) rendering = null;
      }
    },
    close,
  };
}
