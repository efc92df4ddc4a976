// Draws the first page of a PDF with pdf.js, in the window: the bytes come from the core
// (evidence.preview) and never touch the disk. The worker is bundled and served from the app
// itself (the CSP allows workers from 'self' only), and pdf.js may not evaluate code the file
// carries (isEvalSupported: false), a hostile PDF's fonts and functions included. Its WebAssembly
// decoders are off too (the CSP refuses WebAssembly): the JavaScript ones draw the same images.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export async function drawFirstPage(bytes: Uint8Array, canvas: HTMLCanvasElement, cssWidth: number, signal: AbortSignal): Promise<{ pages: number }> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js takes the buffer over to its worker; a copy keeps the caller's bytes usable.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false, stopAtErrors: false, useWasm: false, verbosity: 0 });
  const abort = () => void task.destroy();
  signal.addEventListener('abort', abort);
  try {
    const document = await task.promise;
    const page = await document.getPage(1);
    const natural = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (cssWidth / natural.width) * ratio });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${cssWidth}px`;
    canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
    await page.render({ canvas, viewport }).promise;
    return { pages: document.numPages };
  } finally {
    signal.removeEventListener('abort', abort);
    void task.destroy();
  }
}
