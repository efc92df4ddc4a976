import type { shell as en } from '../en/shell';
import type { Messages } from '../messages';

export const shell: Messages<typeof en> = {};
