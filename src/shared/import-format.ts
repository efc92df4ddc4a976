// The case import format (CASE.json), documented in docs/case-format.md. Evidence entries carry a `key`
// that events and other evidence refer to; `file` paths are relative to the JSON file.
import { z } from 'zod';
import {
  caseInputSchema,
  checkPrecision,
  clientInputSchema,
  counselInputSchema,
  deadlineInputSchema,
  deadlineMarksSchema,
  eventFieldsSchema,
  evidenceMetadataSchema,
  pageRangeSchema,
  persecutionInputSchema,
  statementInterpretationSchema,
  translationDetailsSchema,
  translatorInputSchema,
} from './models.js';

const key = z.string().trim().min(1, 'must not be empty');

/** A translator or interpreter, with the id the case file's translations and statement name them by. */
export const importTranslatorSchema = translatorInputSchema.extend({ id: key });

/** A translation's details as CASE.json writes them: `translator` is a translator's `id` in the file. */
export const importTranslationSchema = translationDetailsSchema.omit({ translatorId: true }).extend({
  translator: key.optional(),
  excerpt: pageRangeSchema.optional(),
});

export const importEvidenceSchema = evidenceMetadataSchema.extend({
  key,
  /** A key exhibit (the vault's `key` flag): in CASE.json `key` is the entry's name, so the flag has its own. */
  keyExhibit: z.boolean().default(false),
  translation: importTranslationSchema.optional(),
  file: z.string().trim().min(1, 'must not be empty'),
  translationOf: key.optional(),
  partOf: key.optional(),
  /**
   * The password of a protected PDF, to reproduce its pages: checked against the file at import
   * and kept in the vault's encrypted database only when it opens it (never in the item's fields).
   */
  password: z.string().min(1).max(1024).optional(),
});

export const importEventSchema = eventFieldsSchema
  // deadlineMarks: marks for every deadline the event derives (the demo states its appeal deadline in the filing).
  .extend({ evidence: z.array(key).default([]), deadlineMarks: deadlineMarksSchema.optional() })
  .superRefine(checkPrecision);

export const caseImportSchema = z
  .object({
    client: clientInputSchema,
    // A file cannot know a vault's ids: it gives its counsel's details under `counsel` instead.
    case: caseInputSchema.omit({ counselId: true }),
    events: z.array(importEventSchema).default([]),
    evidence: z.array(importEvidenceSchema).default([]),
    persecution: persecutionInputSchema
      .extend({
        statementInterpretation: statementInterpretationSchema.omit({ interpreterId: true }).extend({ interpreter: key }).optional(),
      })
      .optional(),
    translators: z.array(importTranslatorSchema).default([]),
    /** The case's counsel, whose details the forum's cover prints: reused when the vault holds the same name. */
    counsel: counselInputSchema.optional(),
    deadlines: z.array(deadlineInputSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    const keys = new Set<string>();
    doc.evidence.forEach((item, index) => {
      if (keys.has(item.key)) {
        ctx.addIssue({ code: 'custom', message: `evidence key "${item.key}" is used twice`, path: ['evidence', index, 'key'] });
      }
      keys.add(item.key);
    });
    doc.evidence.forEach((item, index) => {
      for (const link of ['translationOf', 'partOf'] as const) {
        const target = item[link];
        if (target !== undefined && !keys.has(target)) {
          ctx.addIssue({ code: 'custom', message: `no evidence has key "${target}"`, path: ['evidence', index, link] });
        }
      }
    });
    const translatorIds = new Set<string>();
    doc.translators.forEach((translator, index) => {
      if (translatorIds.has(translator.id)) {
        ctx.addIssue({ code: 'custom', message: `translator id "${translator.id}" is used twice`, path: ['translators', index, 'id'] });
      }
      translatorIds.add(translator.id);
    });
    doc.evidence.forEach((item, index) => {
      if (item.translation === undefined) return;
      if (item.translationOf === undefined) {
        ctx.addIssue({ code: 'custom', message: 'translation details belong to a translation: set "translationOf" too', path: ['evidence', index, 'translation'] });
      }
      const translator = item.translation.translator;
      if (translator !== undefined && !translatorIds.has(translator)) {
        ctx.addIssue({ code: 'custom', message: `no translator has id "${translator}"`, path: ['evidence', index, 'translation', 'translator'] });
      }
    });
    const interpreter = doc.persecution?.statementInterpretation?.interpreter;
    if (interpreter !== undefined && !translatorIds.has(interpreter)) {
      ctx.addIssue({ code: 'custom', message: `no translator has id "${interpreter}"`, path: ['persecution', 'statementInterpretation', 'interpreter'] });
    }
    doc.events.forEach((event, index) => {
      event.evidence.forEach((ref, refIndex) => {
        if (!keys.has(ref)) {
          ctx.addIssue({ code: 'custom', message: `no evidence has key "${ref}"`, path: ['events', index, 'evidence', refIndex] });
        }
      });
    });
  });

export type CaseImport = z.output<typeof caseImportSchema>;
export type ImportEvidence = z.output<typeof importEvidenceSchema>;
