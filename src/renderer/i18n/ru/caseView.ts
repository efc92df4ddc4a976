import type { caseView as en } from '../en/caseView';
import type { Messages } from '../messages';

export const caseView: Messages<typeof en> = {};
