// The page that opens each file of a dossier in several parts: which part it is, which of the
// dossier's pages it holds, and every part with its file and pages, so a reader holding one file
// knows where the rest is. The full index follows it (the contents, laid out again).
import { dossierText } from './dossier-text.js';
import type { ComposeContext } from './front-matter.js';
import { pageRange } from './front-matter.js';
import type { PageFlow } from './page-flow.js';
import type { PartLimits } from './filing-parts.js';
import { partLimitWords, partText } from './part-text.js';

export interface PartSummary {
  file: string;
  first: number;
  last: number;
  /** Exhibits whose pages go on into the next part. */
  continuing: string[];
}

export function composePartCover(flow: PageFlow, context: ComposeContext, parts: PartSummary[], index: number, limits: PartLimits): void {
  const t = dossierText[context.language];
  const p = partText[context.language];
  const part = parts[index]!;
  flow.atPlace(p.partOf(index + 1, parts.length));
  flow.newPage();
  flow.paragraph([{ text: context.template.title[context.language], weight: 'bold' }], { size: 14 });
  flow.paragraph(`${t.client}: ${context.detail.client.fullName}${context.detail.case.reference ? ` · ${context.detail.case.reference}` : ''}`);
  flow.gap(40);
  flow.heading(p.partOf(index + 1, parts.length), 1);
  flow.paragraph([{ text: p.pages(pageRange(part.first, part.last)), weight: 'bold' }], { size: 13 });
  flow.gap(16);
  flow.paragraph(p.why(partLimitWords(limits, context.language)));
  flow.heading(p.allParts, 2);
  flow.bullets(parts.map((each, at) => p.partLine(at + 1, each.file, pageRange(each.first, each.last))));
  const continued = index > 0 ? parts[index - 1]!.continuing : [];
  const notes = [...continued.map((name) => p.continues(name, index + 1)), ...part.continuing.map((name) => p.continues(name, index + 2))];
  if (notes.length > 0) {
    flow.gap(8);
    for (const note of notes) flow.paragraph(note);
  }
  flow.atPlace(undefined);
}
