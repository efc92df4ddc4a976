// The demo case's redaction profile: the dossier for the embassy, which must not learn where the
// client's family lives or how to reach anyone (issue 17). The family's names in both scripts,
// where the wife lives, where the client is held and his passport's number are terms (not the
// wife's first name alone: the interpreter is an Aliya too, and her certificate must name her); the
// contacts are withheld whole; boxes hide the passport number on the scanned data page, in its
// field and in the machine-readable line that repeats it (fractions of the upright page; the
// 1000 x 700 scan of demo-evidence.ts draws the field at 330-930 x 118-172 and the line at
// 40-805 x 630-680).
import type { CaseImportInput } from './demo-case.js';

export const demoRedactionProfiles: NonNullable<CaseImportInput['redactionProfiles']> = [
  {
    name: 'Embassy',
    terms: [
      { text: 'Gulnar Toktarova', reason: 'third_party' },
      { text: 'Гүлнар Тоқтарова', reason: 'third_party' },
      { text: 'Aliya Toktarova', reason: 'third_party' },
      { text: 'Әлия Тоқтарова', reason: 'third_party' },
      { text: 'Temirlan Toktarov', reason: 'third_party' },
      { text: 'Темірлан Тоқтаров', reason: 'third_party' },
      { text: 'Aktobe', reason: 'address' },
      { text: 'Pre-trial detention centre, Almaty', reason: 'address' },
      // The passport's number, boxed on its scan below, is removed from the typeset applicant section too.
      { text: '75 4821936', reason: 'other' },
    ],
    regions: [
      { evidence: 'passport', page: 1, x: 0.32, y: 0.168, width: 0.61, height: 0.078, reason: 'other' },
      { evidence: 'passport', page: 1, x: 0.03, y: 0.897, width: 0.8, height: 0.077, reason: 'other' },
    ],
    withheld: { fields: ['contacts'] },
    logPage: true,
  },
];
