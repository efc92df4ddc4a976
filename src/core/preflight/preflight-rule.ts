// What every pre-flight rule is given and returns. A rule reads the case as the export would
// print it and says what the forum would refuse; it never changes anything.
import type { CaseDetail, DisputedEventChoice, Translator } from '../../shared/models.js';
import type { PreflightFinding } from '../../shared/preflight.js';
import type { PlannedDossier } from '../dossier/plan-parts.js';
import type { DossierLanguage } from '../dossier/dossier-text.js';
import type { DossierTemplate } from '../dossier/templates.js';
import type { Inspection } from '../exhibits/inspection.js';
import type { RedactionCheck } from './redaction-rules.js';

/** What the vault knows of an included exhibit's file: what the dossier makes of it, and its text. */
export interface ExhibitState {
  /** The stored inspection; absent when the file was never checked. */
  inspection?: Inspection | undefined;
  /** Whether its text was read: with words on some page ('some'), with none, or not yet. */
  text: 'some' | 'none' | 'unread';
}

export interface PreflightInput {
  detail: CaseDetail;
  template: DossierTemplate;
  /** The dossier's language: the submission's. */
  language: DossierLanguage;
  /** Today in the user's time zone (YYYY-MM-DD), and now, for deadlines within 48 hours. */
  today: string;
  now: Date;
  /** The vault's translators and interpreters, for the certificates. */
  translators: readonly Translator[];
  /** The evidence items the export would include, in order (after its selection). */
  includedEvidenceIds: readonly string[];
  /** The dossier's plan (pages, what each exhibit reproduces), when one was made. */
  plan?: PlannedDossier | undefined;
  /** The included exhibits' files, by evidence id, when the vault was read for them. */
  exhibits?: Readonly<Record<string, ExhibitState>> | undefined;
  /** The export's own part size limit, when the user set one (else the template's). */
  maxPartBytes?: number | undefined;
  /** How the export prints disputed events; absent: the template's choice. A text the dossier leaves out cannot mislead. */
  disputedEvents?: DisputedEventChoice | undefined;
  /** Whether the export places photos at 300 dpi; absent: it does when the dossier has a size limit. */
  shrinkPhotos?: boolean | undefined;
  /** The export's redaction profile and what the vault found in the files it cannot redact (redaction-rules.ts); absent: none. */
  redaction?: RedactionCheck | undefined;
}

export type PreflightRule = (input: PreflightInput) => PreflightFinding[];
