/** The views of an open case, in the order of its tabs. */
export const caseViews = ['profile', 'timeline', 'evidence', 'persecution', 'deadlines', 'export'] as const;
export type CaseView = (typeof caseViews)[number];

/** A request to show one record in a view; `seq` makes asking twice for the same record work. */
export interface FocusRequest {
  view: CaseView;
  id: string;
  seq: number;
}

/** Lets one view send the lawyer to another (a deadline to its event, an event to a file). */
export type OpenView = (view: CaseView, focusId?: string) => void;
