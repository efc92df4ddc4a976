// The pre-flight's findings: what would get a filing rejected, found before it is exported. One
// shape for the core (which finds them), the CLI (`dossier check`, `--json`) and the window's
// export view (which links each to the place to fix it). Codes are stable: scripts match on them.

export const findingSeverities = ['block', 'warn', 'info'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

/** The window's place to fix a finding: a tab of the case, and the record or field on it. */
export interface FindingPlace {
  view: 'profile' | 'case' | 'timeline' | 'evidence' | 'persecution' | 'deadlines' | 'export' | 'translators' | 'argument' | 'redaction';
  /** The record to open (an evidence item's, an event's, a deadline's, a translator's id; an element's key in the argument). */
  id?: string;
  /** The field to focus, by its name in the model ("stateParty", "removal.date"). */
  field?: string;
}

export interface PreflightFinding {
  /** Stable, dotted: "exhibit.no-date", "translation.no-translator", "size.over-limit". */
  code: string;
  severity: FindingSeverity;
  place: FindingPlace;
  /** What the finding is about, as the user named it (an exhibit's title, an event's title). */
  subject?: string;
  /** Figures and names the message needs (a count, a limit, a date), by name. */
  values?: Record<string, string | number>;
}

export interface PreflightReport {
  caseId: string;
  templateId: string;
  language: string;
  findings: PreflightFinding[];
  /** True when any finding blocks: the export then needs an explicit override. */
  blocked: boolean;
}
