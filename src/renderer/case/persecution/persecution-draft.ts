// The persecution profile as the form edits it, and the part of it that can be saved now.
// Blank rows are left out; a charge or a source still missing a required field is held back
// (and flagged at its row) so the rest of the profile saves while the lawyer finishes it.
import type { z } from 'zod';
import { isBlank, optionalText, rowHasText } from '../../ui/draft-text';
import { flatPersecutionVersions, persecutionVersionsInput, type FlatVersions } from '../text-versions/versions-draft';
import { chargeSchema, persecutionGrounds, persecutionInputSchema, type PersecutionInput, type PersecutionProfile } from '../../../shared/models';

export type Ground = (typeof persecutionGrounds)[number];

export interface ChargeDraft {
  state: string;
  code: string;
  article: string;
  text: string;
}
export interface SourceDraft {
  title: string;
  source: string;
  date: string;
  url: string;
}

export interface PersecutionDraft {
  grounds: Record<Ground, { on: boolean; reasoning: string }>;
  agents: string[];
  charges: ChargeDraft[];
  risks: string[];
  stateProtection: string;
  internalRelocation: string;
  countryInformation: SourceDraft[];
  legalBasis: string[];
  narrative: string;
  remediesExhausted: string;
  otherProcedures: string;
  interimMeasures: string;
  /** The texts in the dossier's other languages (text-versions/versions-draft.ts). */
  versions: FlatVersions;
  /** Kept as it is: the form does not edit it, and a save must not drop it. */
  statementInterpretation?: PersecutionProfile['statementInterpretation'];
}

export const emptyCharge: ChargeDraft = { state: '', code: '', article: '', text: '' };
export const emptySource: SourceDraft = { title: '', source: '', date: '', url: '' };

export function draftOf(profile: PersecutionProfile | undefined): PersecutionDraft {
  const grounds = Object.fromEntries(
    persecutionGrounds.map((ground) => {
      const entry = profile?.grounds.find((candidate) => candidate.ground === ground);
      return [ground, { on: entry !== undefined, reasoning: entry?.reasoning ?? '' }];
    }),
  ) as PersecutionDraft['grounds'];
  return {
    grounds,
    agents: profile?.agents ?? [],
    charges: (profile?.charges ?? []).map((charge) => ({ state: charge.state, code: charge.code ?? '', article: charge.article, text: charge.text ?? '' })),
    risks: profile?.risks ?? [],
    stateProtection: profile?.stateProtection ?? '',
    internalRelocation: profile?.internalRelocation ?? '',
    countryInformation: (profile?.countryInformation ?? []).map((source) => ({
      title: source.title,
      source: source.source ?? '',
      date: source.date ?? '',
      url: source.url ?? '',
    })),
    legalBasis: profile?.legalBasis ?? [],
    narrative: profile?.narrative ?? '',
    remediesExhausted: profile?.remediesExhausted ?? '',
    otherProcedures: profile?.otherProcedures ?? '',
    interimMeasures: profile?.interimMeasures ?? '',
    versions: flatPersecutionVersions(profile?.versions),
    statementInterpretation: profile?.statementInterpretation,
  };
}

const sourceSchema = persecutionInputSchema.shape.countryInformation.unwrap().element;

/** Why a row cannot be saved yet, or null when it can (or is blank and simply left out). */
export type RowProblems = z.ZodError | null;

function problemsOf(result: z.ZodSafeParseResult<unknown>): RowProblems {
  return result.success ? null : result.error;
}

function sourceInput(row: SourceDraft) {
  return { title: row.title, source: row.source, date: optionalText(row.date), url: row.url };
}

export function chargeProblems(row: ChargeDraft): RowProblems {
  return rowHasText(row) ? problemsOf(chargeSchema.safeParse(row)) : null;
}

export function sourceProblems(row: SourceDraft): RowProblems {
  return rowHasText(row) ? problemsOf(sourceSchema.safeParse(sourceInput(row))) : null;
}

export function savableInput(draft: PersecutionDraft): PersecutionInput {
  const complete = <T extends object>(rows: T[], problems: (row: T) => RowProblems) =>
    rows.filter((row) => rowHasText(row) && problems(row) === null);
  return {
    grounds: persecutionGrounds.filter((ground) => draft.grounds[ground].on).map((ground) => ({ ground, reasoning: draft.grounds[ground].reasoning })),
    agents: draft.agents.filter((item) => !isBlank(item)),
    charges: complete(draft.charges, chargeProblems),
    risks: draft.risks.filter((item) => !isBlank(item)),
    stateProtection: draft.stateProtection,
    internalRelocation: draft.internalRelocation,
    countryInformation: complete(draft.countryInformation, sourceProblems).map(sourceInput),
    legalBasis: draft.legalBasis.filter((item) => !isBlank(item)),
    narrative: draft.narrative,
    remediesExhausted: draft.remediesExhausted,
    otherProcedures: draft.otherProcedures,
    interimMeasures: draft.interimMeasures,
    versions: persecutionVersionsInput(draft.versions, draft.risks.map(isBlank)),
    statementInterpretation: draft.statementInterpretation,
  };
}
