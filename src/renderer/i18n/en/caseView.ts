export const caseView = {};
