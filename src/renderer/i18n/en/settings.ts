// The settings page.
export const settings = {
  title: 'Settings',
  language: {
    title: 'Language',
    label: 'Interface language',
    hint: 'The language of the window. A dossier’s language is chosen when it is exported.',
    saved: 'Language changed.',
    names: {
      en: 'English',
      ru: 'Русский (Russian)',
      fr: 'Français (French)',
    },
  },
  autoLock: {
    title: 'Automatic lock',
    label: 'Lock after this many minutes without activity',
    hint: 'The vault also locks when the computer sleeps or the screen is locked.',
    range: 'Enter a whole number of minutes from {{min}} to {{max}}.',
    save: 'Save',
    saved_one: 'The vault now locks after {{count}} minute without activity.',
    saved_other: 'The vault now locks after {{count}} minutes without activity.',
  },
  passphrase: {
    title: 'Change passphrase',
    intro: 'The recovery key stays valid. Anyone who knows the old passphrase can no longer open the vault.',
    current: 'Current passphrase',
    currentMissing: 'Enter the current passphrase.',
    wrongCurrent: 'That is not the current passphrase.',
    submit: 'Change passphrase',
    changed: 'The passphrase has been changed.',
  },
};
