import type { persecution as en } from '../en/persecution';
import type { Messages } from '../messages';

export const persecution: Messages<typeof en> = {};
