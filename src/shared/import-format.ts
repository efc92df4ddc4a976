// The case import format (CASE.json), documented in docs/case-format.md. Evidence entries carry a `key`
// that events and other evidence refer to; `file` paths are relative to the JSON file.
import { z } from 'zod';
import { unreadCitations } from './citations.js';
import { languages } from './format/languages.js';
import { checkRedactionReferences, importRedactionProfileSchema } from './import-redaction.js';
import {
  caseInputSchema,
  checkPrecision,
  clientInputSchema,
  counselInputSchema,
  deadlineInputSchema,
  deadlineMarksSchema,
  elementArgumentInputSchema,
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
  .extend({
    evidence: z.array(key).default([]),
    deadlineMarks: deadlineMarksSchema.optional(),
    /** A name the file's elements refer to the event by (its title does too). */
    key: key.optional(),
  })
  .superRefine(checkPrecision);

/** Pages of an exhibit as CASE.json writes them: "2", "2-5", or { "from": 2, "to": 5 }. */
const importPagesSchema = z.union([
  pageRangeSchema,
  z
    .string()
    .trim()
    .regex(/^\d{1,6}(-\d{1,6})?$/, 'must be a page ("2") or a range ("2-5")')
    .transform((pages) => {
      const [from, to = from] = pages.split('-').map(Number) as [number, number?];
      return { from, to };
    })
    .pipe(pageRangeSchema),
], { error: 'must be a page ("2"), a range ("2-5") or {"from": 2, "to": 5}' });

/**
 * An element's argument as CASE.json writes it: the events it rests on by their `key` or title,
 * its exhibits by evidence key with their pages; citations in its text name evidence keys too
 * ([[cite:KEY p.2]]), and the import rewrites them to the vault's ids.
 */
export const importElementSchema = elementArgumentInputSchema.omit({ eventIds: true, exhibits: true }).extend({
  events: z.array(key).default([]),
  exhibits: z.array(z.object({ key, pages: importPagesSchema.optional() })).default([]),
});

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
    /** The argument element by element of the legal test (src/shared/legal-elements.ts). */
    elements: z.array(importElementSchema).default([]),
    /** What each recipient's dossier leaves out (src/shared/import-redaction.ts). */
    redactionProfiles: z.array(importRedactionProfileSchema).default([]),
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
    // An element names an event by its key, else by its title: a key must name one event only.
    const eventKeys = new Set<string>();
    doc.events.forEach((event, index) => {
      if (event.key === undefined) return;
      if (eventKeys.has(event.key)) ctx.addIssue({ code: 'custom', message: `event key "${event.key}" is used twice`, path: ['events', index, 'key'] });
      eventKeys.add(event.key);
    });
    doc.events.forEach((event, index) => {
      if (event.key !== undefined && event.key !== event.title && doc.events.some((other) => other !== event && other.title === event.key)) {
        ctx.addIssue({ code: 'custom', message: `event key "${event.key}" is another event's title`, path: ['events', index, 'key'] });
      }
    });
    const eventNames = new Set(doc.events.flatMap((event) => (event.key === undefined ? [event.title] : [event.key, event.title])));
    checkRedactionReferences(doc.redactionProfiles, keys, eventNames, ctx);
    // A citation the import cannot read would be printed as typed: refuse it, saying where.
    const citedTexts: [string | undefined, (string | number)[]][] = [
      ...(['narrative', 'interimMeasures'] as const).flatMap((field): [string | undefined, (string | number)[]][] => [
        [doc.persecution?.[field], ['persecution', field]],
        ...languages.map((language): [string | undefined, (string | number)[]] => [doc.persecution?.versions?.[language]?.[field], ['persecution', 'versions', language, field]]),
      ]),
      ...doc.events.flatMap((event, index): [string | undefined, (string | number)[]][] => [
        [event.description, ['events', index, 'description']],
        ...languages.map((language): [string | undefined, (string | number)[]] => [event.versions?.[language]?.description, ['events', index, 'versions', language, 'description']]),
      ]),
      ...doc.elements.flatMap((element, index): [string | undefined, (string | number)[]][] => [
        [element.argument, ['elements', index, 'argument']],
        ...languages.map((language): [string | undefined, (string | number)[]] => [element.versions?.[language]?.argument, ['elements', index, 'versions', language, 'argument']]),
      ]),
    ];
    for (const [text, path] of citedTexts) {
      if (unreadCitations(text) > 0) {
        ctx.addIssue({ code: 'custom', message: 'a citation must read [[cite:KEY]] or [[cite:KEY p.2]] or [[cite:KEY p.2-5]], with an evidence key that has no space', path });
      }
    }
    const elements = new Set<string>();
    doc.elements.forEach((element, index) => {
      if (elements.has(element.element)) ctx.addIssue({ code: 'custom', message: `element "${element.element}" is argued twice`, path: ['elements', index, 'element'] });
      elements.add(element.element);
      element.events.forEach((ref, refIndex) => {
        if (!eventNames.has(ref)) ctx.addIssue({ code: 'custom', message: `no event has key or title "${ref}"`, path: ['elements', index, 'events', refIndex] });
      });
      element.exhibits.forEach((exhibit, refIndex) => {
        if (!keys.has(exhibit.key)) ctx.addIssue({ code: 'custom', message: `no evidence has key "${exhibit.key}"`, path: ['elements', index, 'exhibits', refIndex, 'key'] });
      });
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
