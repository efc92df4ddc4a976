/** The views of an open case, in the order of its tabs. */
export const caseViews = ['profile', 'timeline', 'evidence', 'persecution', 'argument', 'deadlines', 'redaction', 'export'] as const;
export type CaseView = (typeof caseViews)[number];

/** Where to look in a file's text: the page of a search hit and the words it matched there. */
export interface TextSpot {
  page: number;
  words: readonly string[];
}

/** A request to show one record (or one field) in a view; `seq` makes asking twice for the same record work. */
export interface FocusRequest {
  view: CaseView;
  /** The record to select; none for a field of the case itself (its State party, its remedies). */
  id?: string | undefined;
  /** The field to put the keyboard in, by its name in the model, as the view marks it (`data-field`). */
  field?: string | undefined;
  seq: number;
  /** For a file found by words in its text: the page and the words to show highlighted. */
  at?: TextSpot | undefined;
}

/** Lets one view send the lawyer to another (a deadline to its event, an event to a file, a pre-flight finding to its field). */
export type OpenView = (view: CaseView, focusId?: string, at?: TextSpot, field?: string) => void;
