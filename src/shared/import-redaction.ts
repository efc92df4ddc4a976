// Redaction profiles as CASE.json writes them (docs/case-format.md): a file cannot know the
// vault's ids, so a region and a withheld exhibit name an evidence entry's `key`, and a withheld
// event its `key` or title, as the file's elements do; a term is a string or {text, reason}.
import { z } from 'zod';
import { redactionReasons, redactionRegionSchema, redactionTermSchema, withholdableFields } from './redaction.js';

const key = z.string().trim().min(1, 'must not be empty');

const importTermSchema = z.preprocess((value) => (typeof value === 'string' ? { text: value } : value), redactionTermSchema);

const importRegionSchema = z
  .object({
    evidence: key,
    page: z.number(),
    x: z.number(),
    y: z.number(),
    width: z.number(),
    height: z.number(),
    reason: z.enum(redactionReasons).default('other'),
  })
  .superRefine((region, ctx) => {
    // The vault's own rule for a box (on the page, not empty), with the key in place of an id.
    const checked = redactionRegionSchema.safeParse({ ...region, evidenceId: region.evidence });
    for (const issue of checked.success ? [] : checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

export const importRedactionProfileSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(80),
  terms: z.array(importTermSchema).max(500).default([]),
  regions: z.array(importRegionSchema).max(5000).default([]),
  withheld: z
    .object({
      fields: z.array(z.enum(withholdableFields)).default([]),
      evidence: z.array(key).default([]),
      events: z.array(key).default([]),
    })
    .default({ fields: [], evidence: [], events: [] }),
  logPage: z.boolean().default(true),
});
export type ImportRedactionProfile = z.output<typeof importRedactionProfileSchema>;

/**
 * Refuses, where the file says it, two profiles of one name (in any letter case), and a region or
 * withheld item naming an evidence key or event the file does not have.
 */
export function checkRedactionReferences(
  profiles: readonly ImportRedactionProfile[],
  evidenceKeys: ReadonlySet<string>,
  eventNames: ReadonlySet<string>,
  ctx: z.RefinementCtx,
): void {
  const names = new Set<string>();
  profiles.forEach((profile, index) => {
    const name = profile.name.normalize('NFKC').toLowerCase();
    if (names.has(name)) ctx.addIssue({ code: 'custom', message: `redaction profile "${profile.name}" is named twice`, path: ['redactionProfiles', index, 'name'] });
    names.add(name);
    profile.regions.forEach((region, at) => {
      if (!evidenceKeys.has(region.evidence)) ctx.addIssue({ code: 'custom', message: `no evidence has key "${region.evidence}"`, path: ['redactionProfiles', index, 'regions', at, 'evidence'] });
    });
    profile.withheld.evidence.forEach((ref, at) => {
      if (!evidenceKeys.has(ref)) ctx.addIssue({ code: 'custom', message: `no evidence has key "${ref}"`, path: ['redactionProfiles', index, 'withheld', 'evidence', at] });
    });
    profile.withheld.events.forEach((ref, at) => {
      if (!eventNames.has(ref)) ctx.addIssue({ code: 'custom', message: `no event has key or title "${ref}"`, path: ['redactionProfiles', index, 'withheld', 'events', at] });
    });
  });
}
