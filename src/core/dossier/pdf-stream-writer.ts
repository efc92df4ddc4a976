// Writes a pdf-lib document out piece by piece, so a 1,000-page dossier never sits whole in
// memory. pdf-lib serialises a document only all at once (save() builds one buffer of the whole
// file). Here, objects created since the last flush are written out and dropped from the
// document's context; what is still being built (the catalog, the page tree, the front matter
// and the fonts, which are subset only at the end) stays until `finish`. The cross-reference
// table is classic, with one subsection per run of written object numbers.
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

/** Where the bytes go: a file (a FileHandle is one), or the reader's channel to the process that writes the file. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<unknown>;
}

/** Bytes gathered before they are written, and the most one write carries (a 150 MP photo goes out in pieces). */
const flushThreshold = 1 << 20;

export class PdfStreamWriter {
  private offset = 0;
  private readonly offsets = new Map<number, number>();
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** Objects numbered at or below this were already written, or are held back on purpose. */
  private watermark: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly out: ByteSink,
  ) {
    this.watermark = doc.context.largestObjectNumber;
  }

  async writeHeader(): Promise<void> {
    // The binary comment line tells transfer tools the file is binary (PDF 32000-1, 7.5.2).
    this.push(Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1'));
    await this.drain();
  }

  /**
   * Everything numbered after the last mark is finished: write it and drop it from memory.
   * Objects allocated but not yet assigned (fonts awaiting their subset) are not in the
   * context yet and are written by `finish`.
   */
  async flushSinceMark(): Promise<void> {
    const context = this.doc.context;
    const finished = this.objectsSinceMark();
    for (const [ref, object] of finished) {
      if (!isLeftoverStructure(object)) this.writeObject(ref, object);
      context.delete(ref);
      if (this.pendingBytes >= flushThreshold) await this.drain();
    }
    this.mark();
    await this.drain();
  }

  /** The objects numbered since the last mark, not yet written: what the next flush writes. */
  objectsSinceMark(): [PDFRef, PDFObject][] {
    return this.doc.context.enumerateIndirectObjects().filter(([ref]) => ref.objectNumber > this.watermark && !this.offsets.has(ref.objectNumber));
  }

  /** Objects allocated from here on belong to the next flush. */
  mark(): void {
    this.watermark = this.doc.context.largestObjectNumber;
  }

  /** Bytes written so far (or pending), the file's size if it ended here without its table. */
  get size(): number {
    return this.offset;
  }

  /** Whether this file holds the object already. */
  holds(ref: PDFRef): boolean {
    return this.offsets.has(ref.objectNumber);
  }

  /** What writing the object would add to the file, its cross-reference entry included. */
  static sizeOf(ref: PDFRef, object: PDFObject): number {
    const header = `${ref.objectNumber} ${ref.generationNumber} obj\n`.length;
    // 20 bytes of cross-reference entry per object.
    if (object instanceof PDFStream) {
      object.updateDict();
      return header + object.dict.sizeInBytes() + '\nstream\n'.length + object.getContentsSize() + '\nendstream\nendobj\n'.length + 20;
    }
    return header + object.sizeInBytes() + '\nendobj\n'.length + 20;
  }

  /** Writes these objects now (a part of a dossier in several files writes what each page needs); they stay in the document. */
  async writeObjects(objects: [PDFRef, PDFObject][]): Promise<void> {
    for (const [ref, object] of objects) {
      if (this.offsets.has(ref.objectNumber) || isLeftoverStructure(object)) continue;
      this.writeObject(ref, object);
      if (this.pendingBytes >= flushThreshold) await this.drain();
    }
    await this.drain();
  }

  /**
   * Ends a file that holds only what `roots` reach (one part of a dossier in several files): every
   * such object still in the document and not yet written, then the table and trailer.
   */
  async finishReachable(roots: PDFRef[]): Promise<number> {
    const context = this.doc.context;
    const seen = new Set<number>();
    const stack: PDFRef[] = [...roots];
    while (stack.length > 0) {
      const ref = stack.pop()!;
      if (seen.has(ref.objectNumber)) continue;
      seen.add(ref.objectNumber);
      const object = context.lookup(ref);
      if (object === undefined) continue;
      if (!this.offsets.has(ref.objectNumber) && !isLeftoverStructure(object)) {
        this.writeObject(ref, object);
        if (this.pendingBytes >= flushThreshold) await this.drain();
      }
      stack.push(...referencesIn(object));
    }
    return this.end();
  }

  /** Writes every object still in the document, then the cross-reference table and trailer. */
  async finish(): Promise<number> {
    const context = this.doc.context;
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (this.offsets.has(ref.objectNumber) || isLeftoverStructure(object)) continue;
      this.writeObject(ref, object);
      if (this.pendingBytes >= flushThreshold) await this.drain();
    }
    return this.end();
  }

  /** The cross-reference table and trailer, after the last object. */
  private async end(): Promise<number> {
    const context = this.doc.context;
    const xrefOffset = this.offset;
    this.push(Buffer.from(this.crossReferenceTable(), 'latin1'));
    const trailer = context.obj({
      // One more than the highest object this file holds (a part of a dossier holds only some).
      Size: Math.max(0, ...this.offsets.keys()) + 1,
      Root: context.trailerInfo.Root,
      Info: context.trailerInfo.Info,
      ID: context.trailerInfo.ID,
    });
    this.push(Buffer.from(`trailer\n${trailer.toString()}\nstartxref\n${xrefOffset}\n%%EOF\n`, 'latin1'));
    await this.drain();
    return this.offset;
  }

  private writeObject(ref: PDFRef, object: PDFObject): void {
    this.offsets.set(ref.objectNumber, this.offset);
    this.push(Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'));
    if (object instanceof PDFStream) {
      // What PDFStream.copyBytesInto writes, but the contents (an image's, a page's) are handed on
      // as they are: copying them into one buffer with the dictionary would hold them twice.
      object.updateDict();
      const dict = new Uint8Array(object.dict.sizeInBytes());
      object.dict.copyBytesInto(dict, 0);
      this.push(dict);
      this.push(Buffer.from('\nstream\n', 'latin1'));
      this.push(object.getContents());
      this.push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
      return;
    }
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    this.push(body);
    this.push(Buffer.from('\nendobj\n', 'latin1'));
  }

  private crossReferenceTable(): string {
    const numbers = [...this.offsets.keys()].sort((a, b) => a - b);
    const lines: string[] = ['xref', '0 1', '0000000000 65535 f\r'];
    let index = 0;
    while (index < numbers.length) {
      let end = index;
      while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end += 1;
      lines.push(`${numbers[index]} ${end - index + 1}`);
      for (let i = index; i <= end; i += 1) {
        // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, CR LF.
        lines.push(`${String(this.offsets.get(numbers[i]!)).padStart(10, '0')} 00000 n\r`);
      }
      index = end + 1;
    }
    return `${lines.join('\n')}\n`;
  }

  private push(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.offset += bytes.length;
  }

  /**
   * Writes what is pending in pieces of at most flushThreshold, each a buffer of its own: a large
   * stream's contents are never copied whole, and never sent whole to the process writing the file.
   */
  private async drain(): Promise<void> {
    const chunks = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    let piece: Uint8Array[] = [];
    let pieceBytes = 0;
    for (const chunk of chunks) {
      for (let at = 0; at < chunk.length; ) {
        const take = Math.min(chunk.length - at, flushThreshold - pieceBytes);
        piece.push(chunk.subarray(at, at + take));
        pieceBytes += take;
        at += take;
        if (pieceBytes === flushThreshold) {
          await this.out.write(Buffer.concat(piece, pieceBytes));
          piece = [];
          pieceBytes = 0;
        }
      }
    }
    if (pieceBytes > 0) await this.out.write(Buffer.concat(piece, pieceBytes));
  }
}

/** The references an object holds, at any depth of its arrays and dictionaries. */
export function referencesIn(object: PDFObject, skipKeys: ReadonlySet<string> = noKeys): PDFRef[] {
  const found: PDFRef[] = [];
  const visit = (value: PDFObject | undefined): void => {
    if (value instanceof PDFRef) found.push(value);
    else if (value instanceof PDFArray) for (let index = 0; index < value.size(); index += 1) visit(value.get(index));
    else if (value instanceof PDFDict) {
      for (const [key, entry] of value.entries()) if (!skipKeys.has(key.asString())) visit(entry);
    } else if (value instanceof PDFStream) visit(value.dict);
  };
  visit(object);
  return found;
}

const noKeys: ReadonlySet<string> = new Set();

/** Object and cross-reference streams of copied sources: their content lives on in plain objects. */
function isLeftoverStructure(object: PDFObject): boolean {
  if (!(object instanceof PDFRawStream)) return false;
  const type = object.dict.lookup(PDFName.of('Type'));
  return type === PDFName.of('ObjStm') || type === PDFName.of('XRef');
}
