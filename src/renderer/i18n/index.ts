// Every string of the window goes through i18next. Messages live per area in i18n/en/*.ts,
// i18n/ru/*.ts and i18n/fr/*.ts, one folder for each language a dossier is written in; each
// Russian and French file is typed by its English one (`Messages<typeof en>`), so a key missing in
// a translation is a type error, not an English word in a Russian or French window.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { InterfaceLanguage } from '../../shared/contract';
import { en } from './en';
import { defaultNamespace, resources } from './resources';

export async function setUpI18n(language: InterfaceLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: defaultNamespace,
    ns: Object.keys(en),
    // React escapes what it renders; a second escape would show "&amp;" in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: InterfaceLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
