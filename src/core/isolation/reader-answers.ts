// What the core accepts from the exhibit reader. The reader parses hostile bytes: if one ever
// took it over, what it answers must still be only what a task may answer, bounded (a page count
// of a billion would hold the next plan in a loop), or it is refused as a crash would be.
import { z } from 'zod';
import { supportReasons } from '../../shared/contract.js';
import { DossierError } from '../../shared/errors.js';
import { textSources } from '../../shared/recognized-text.js';
import { maxTextPages } from './task-types.js';

export const inspectionAnswer = z.union([
  z
    .object({
      kind: z.literal('pages'),
      pageCount: z.number().int().positive().max(1_000_000),
      undrawablePages: z.array(z.number().int().positive().max(1_000_000)).max(100_000).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('image'), pageCount: z.number().int().positive().max(1_000_000) }).strict(),
  z.object({ kind: z.literal('text') }).strict(),
  z.object({ kind: z.literal('not_reproduced'), reason: z.enum(supportReasons), detail: z.string().max(500).optional() }).strict(),
]);

const imageHintsAnswer = z
  .object({ cameraMake: z.string().max(200).optional(), cameraModel: z.string().max(200).optional(), density: z.number().positive().max(100_000).optional() })
  .strict();

export const detectedTypeAnswer = z
  .object({ mediaType: z.string().regex(/^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/i).max(200), ext: z.string().max(20).optional(), hints: imageHintsAnswer.optional() })
  .strict();

export const inspectedFileAnswer = z.object({ inspection: inspectionAnswer, hints: imageHintsAnswer.optional() }).strict();

export const imagePreviewAnswer = z.union([
  z.object({ kind: z.literal('image'), mediaType: z.literal('image/png'), bytes: z.instanceof(Uint8Array) }).strict(),
  z.object({ kind: z.literal('none'), reason: z.string().max(1_000) }).strict(),
]);

const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
const boxAnswer = z.object({ x0: coordinate, y0: coordinate, x1: coordinate, y1: coordinate }).strict();
const confidenceAnswer = z.number().min(0).max(100);
const wordAnswer = z.object({ text: z.string().min(1).max(100_000), box: boxAnswer, confidence: confidenceAnswer }).strict();
const lineAnswer = z.object({ box: boxAnswer, words: z.array(wordAnswer).max(10_000) }).strict();
const pageSide = z.number().int().min(1).max(1_000_000);

/** readEvidenceText: at most maxTextPages pages, each of bounded text and words (a text file's page holds up to 1,000,000 characters). */
export const evidenceTextAnswer = z
  .object({
    pages: z
      .array(
        z
          .object({
            source: z.enum(textSources),
            page: z
              .object({
                page: z.number().int().min(1).max(1_000_000),
                width: pageSide,
                height: pageSide,
                text: z.string().max(1_000_000),
                lines: z.array(lineAnswer).max(200_000),
                confidence: confidenceAnswer,
                languages: z.array(z.string().regex(/^[a-z]{3}(_[a-z]{3,5})?$/)).max(20),
              })
              .strict(),
          })
          .strict(),
      )
      .max(maxTextPages),
    pageCount: z.number().int().nonnegative().max(1_000_000),
  })
  .strict();

/** What readEvidenceText sends while it runs. */
export const evidenceTextProgress = z
  .object({ kind: z.literal('progress'), pagesDone: z.number().int().nonnegative().max(1_000_000), pagesTotal: z.number().int().nonnegative().max(1_000_000) })
  .strict();

/** The reader's answer if it is one `schema` allows; otherwise an error that names the task, never the answer. */
export function checkedAnswer<T>(schema: z.ZodType<T>, task: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DossierError('INTERNAL', `The exhibit reader answered the ${task} task with something it may not send; the answer was refused.`);
  return parsed.data;
}
