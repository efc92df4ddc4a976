/** The views of an open case, in the order of its tabs. */
export const caseViews = ['profile', 'timeline', 'evidence', 'persecution', 'deadlines', 'export'] as const;
export type CaseView = (typeof caseViews)[number];
