import type { settings as en } from '../en/settings';
import type { FrenchMessages } from '../messages';

export const settings: FrenchMessages<typeof en> = {
  title: 'Paramètres',
  language: {
    title: 'Langue',
    label: 'Langue de l’interface',
    hint: 'La langue de la fenêtre. La langue d’un dossier se choisit au moment de l’export.',
    saved: 'Langue modifiée.',
    names: {
      en: 'English (anglais)',
      ru: 'Русский (russe)',
      fr: 'Français',
    },
  },
  autoLock: {
    title: 'Verrouillage automatique',
    label: 'Verrouiller après ce nombre de minutes d’inactivité',
    hint: 'Le coffre-fort se verrouille aussi lorsque l’ordinateur se met en veille ou que l’écran est verrouillé.',
    range: 'Indiquez un nombre entier de minutes compris entre {{min}} et {{max}}.',
    save: 'Enregistrer',
    saved_one: 'Le coffre-fort se verrouille désormais après {{count}} minute d’inactivité.',
    saved_many: 'Le coffre-fort se verrouille désormais après {{count}} minutes d’inactivité.',
    saved_other: 'Le coffre-fort se verrouille désormais après {{count}} minutes d’inactivité.',
  },
  passphrase: {
    title: 'Changer la phrase secrète',
    intro: 'La clé de récupération reste valable. Quiconque connaît l’ancienne phrase secrète ne peut plus ouvrir le coffre-fort.',
    current: 'Phrase secrète actuelle',
    currentMissing: 'Saisissez la phrase secrète actuelle.',
    wrongCurrent: 'Ce n’est pas la phrase secrète actuelle.',
    submit: 'Changer la phrase secrète',
    changed: 'La phrase secrète a été changée.',
  },
};
