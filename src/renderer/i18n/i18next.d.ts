// Typed keys: t('errors.WRONG_SECRET') is checked against the English messages.
import 'i18next';
import type { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
