import type { timeline as en } from '../en/timeline';
import type { Messages } from '../messages';

export const timeline: Messages<typeof en> = {};
