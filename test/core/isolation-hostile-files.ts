// Real hostile inputs for the exhibit reader, made on the spot (no binary fixtures): each is a
// valid file of its type that costs a parser far more than its size suggests.

/**
 * A one-page PDF with one array object of `numbers` zeros: pdf-lib parses a single object in one
 * synchronous run, so 2 million zeros (4 MB) hold a parser for seconds and grow its heap by
 * well over 100 MB. A parser beside the key would block the core's thread all that time.
 */
export function objectBombPdf(numbers: number): Uint8Array {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n',
    `4 0 obj\n[${'0 '.repeat(numbers)}]\nendobj\n`,
  ];
  return new TextEncoder().encode(`%PDF-1.4\n${objects.join('')}trailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n`);
}
