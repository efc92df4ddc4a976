// A deadline's words in the window's language. The core words a derived deadline in English (for
// the dossier's English pages and the command line); the window words it again from its rule and
// its subject (the event's title, the document's kind and number, as typed). A deadline entered
// by hand is shown as typed. The case's deadline list and the home page's both use this.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../shared/models';

/** The rule ids of src/core/deadlines/derive.ts; each is worded in the `deadlines` namespace under rules.<id>. */
export const derivedRules = [
  'extradition-order-appeal',
  'decision-appeal',
  'detention-term-end',
  'court-hearing',
  'document-expiry',
  'identity-document-expiry',
] as const;
type DerivedRule = (typeof derivedRules)[number];

function isDerivedRule(rule: string | undefined): rule is DerivedRule {
  return (derivedRules as readonly (string | undefined)[]).includes(rule);
}

export interface DeadlineText {
  title: string;
  consequence?: string | undefined;
}

/** Words each deadline in the interface language; a rule this window does not know keeps the core's words. */
export function useDeadlineText(): (deadline: Deadline) => DeadlineText {
  const { t } = useTranslation('deadlines');
  return useCallback(
    (deadline: Deadline) => {
      const { rule, subject } = deadline;
      if (deadline.origin !== 'derived' || subject === undefined || !isDerivedRule(rule)) {
        return { title: deadline.title, consequence: deadline.consequence };
      }
      return { title: t(`rules.${rule}.title`, { subject }), consequence: t(`rules.${rule}.consequence`) };
    },
    [t],
  );
}
