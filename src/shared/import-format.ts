// The case import format (CASE.json), documented in docs/case-format.md. Evidence entries carry a `key`
// that events and other evidence refer to; `file` paths are relative to the JSON file.
import { z } from 'zod';
import {
  caseInputSchema,
  checkPrecision,
  clientInputSchema,
  deadlineInputSchema,
  deadlineMarksSchema,
  eventFieldsSchema,
  evidenceMetadataSchema,
  persecutionInputSchema,
} from './models.js';

const key = z.string().trim().min(1, 'must not be empty');

export const importEvidenceSchema = evidenceMetadataSchema.extend({
  key,
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
    case: caseInputSchema,
    events: z.array(importEventSchema).default([]),
    evidence: z.array(importEvidenceSchema).default([]),
    persecution: persecutionInputSchema.optional(),
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
