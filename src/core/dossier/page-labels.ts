// PDF page labels (/PageLabels in the catalog, ISO 32000-1, 12.4.2): what a viewer shows as a
// page's number and what its "go to page" takes, matched to the number printed on the page, so
// that "go to page 312" in the second part of a dossier lands on the page stamped 312.
import { PDFName, PDFNumber, PDFString, type PDFDocument } from '@cantoo/pdf-lib';

export interface LabelRange {
  /** Index in the file of the range's first page, from 0. */
  startIndex: number;
  /** The number its first page shows. */
  firstNumber: number;
  /** Printed before the number (a part's own pages: "P2-1"). */
  prefix?: string | undefined;
}

export function writePageLabels(doc: PDFDocument, ranges: LabelRange[]): void {
  const nums = doc.context.obj([]);
  for (const range of ranges) {
    const label = doc.context.obj({ S: PDFName.of('D'), St: PDFNumber.of(range.firstNumber) });
    if (range.prefix) label.set(PDFName.of('P'), PDFString.of(range.prefix));
    nums.push(PDFNumber.of(range.startIndex));
    nums.push(label);
  }
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}
