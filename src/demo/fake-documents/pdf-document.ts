// A new PDF with its metadata fixed, so that the same drawing gives the same bytes on every run.
import { PDFDocument } from '@cantoo/pdf-lib';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47 tag of the document's language, written to the catalog. */
  language?: string;
  creator?: string;
  producer: string;
  /** Creation and modification date. */
  date: Date;
}

export async function newFixedPdf(metadata: PdfMetadata): Promise<PDFDocument> {
  // updateMetadata: false keeps pdf-lib from stamping the current time into the file.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // The order of the setters is the order of the keys in the Info dictionary: keep it, or every
  // generated file changes.
  pdf.setTitle(metadata.title);
  if (metadata.author !== undefined) pdf.setAuthor(metadata.author);
  if (metadata.subject !== undefined) pdf.setSubject(metadata.subject);
  if (metadata.keywords !== undefined) pdf.setKeywords(metadata.keywords);
  if (metadata.language !== undefined) pdf.setLanguage(metadata.language);
  if (metadata.creator !== undefined) pdf.setCreator(metadata.creator);
  pdf.setProducer(metadata.producer);
  pdf.setCreationDate(metadata.date);
  pdf.setModificationDate(metadata.date);
  return pdf;
}
