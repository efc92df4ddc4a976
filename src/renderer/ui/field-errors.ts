// Turns validation problems into messages at the field they concern. Two sources: the shared
// zod schema run in the window before saving (every problem at once), and an INVALID_INPUT the
// core answers with (one problem, its path in the message: "...not valid at client.fullName: ...").
// Keys are paths joined with dots ("documents.0.expires"). The schemas' English messages are
// mapped to the window's language; one it does not know reads as a plain "not valid".
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api';

export type FieldErrors = Record<string, string>;

const knownMessages = {
  'must not be empty': 'validation.required',
  'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD': 'validation.partialDate',
  'date must be a real date written YYYY, YYYY-MM or YYYY-MM-DD': 'validation.partialDate',
  'dateEnd must be a real date written YYYY, YYYY-MM or YYYY-MM-DD': 'validation.partialDate',
  'must be a real date written YYYY-MM-DD': 'validation.isoDay',
  'must be a language code such as "ru", "kk" or "en"': 'validation.languageTag',
  'a date range needs dateEnd': 'validation.rangeNeedsEnd',
  'dateEnd is before date': 'validation.rangeEndBeforeStart',
  'must be a time written HH:MM': 'validation.time',
  'must be a time zone such as "Asia/Almaty"': 'validation.timeZone',
  'a time zone needs a time': 'validation.timeZoneNeedsTime',
} as const;

const apiProblem = /^The request was not valid at ([^:]+): (.*?)\.?$/;

export function useFieldErrors() {
  const { t } = useTranslation();

  const translate = useCallback(
    (message: string): string => {
      const key = knownMessages[message as keyof typeof knownMessages];
      if (key) return t(key);
      if (/^a date with precision/.test(message)) return t('validation.precisionForm');
      // A schema's own wording is a programmer's; the field is still marked and named.
      return t('validation.invalid');
    },
    [t],
  );

  // Zod's own words for numbers ("Too big: expected number to be <=3650") are not for a lawyer.
  const describe = useCallback(
    (issue: z.core.$ZodIssue): string => {
      if (issue.code === 'invalid_value') return t('validation.choose');
      if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) return t('validation.wholeNumber');
      if (issue.code === 'too_big' && issue.origin === 'number') return t('validation.atMost', { max: Number(issue.maximum) });
      if (issue.code === 'too_small' && issue.origin === 'number') {
        return issue.inclusive ? t('validation.atLeast', { min: Number(issue.minimum) }) : t('validation.moreThan', { min: Number(issue.minimum) });
      }
      return translate(issue.message);
    },
    [t, translate],
  );

  /** Every problem of a failed safeParse, the first per field. */
  const fromZod = useCallback(
    (error: z.ZodError): FieldErrors => {
      const errors: FieldErrors = {};
      for (const issue of error.issues) {
        const path = issue.path.map(String).join('.');
        if (!(path in errors)) errors[path] = describe(issue);
      }
      return errors;
    },
    [describe],
  );

  /**
   * The field an INVALID_INPUT from the core points at, with `prefix` (the wrapper key of the
   * call, e.g. "client") taken off; null when the error is something else.
   */
  const fromApi = useCallback(
    (error: unknown, prefix: string): FieldErrors | null => {
      if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') return null;
      const match = apiProblem.exec(error.message);
      if (!match?.[1] || match[2] === undefined) return null;
      const path = match[1].startsWith(`${prefix}.`) ? match[1].slice(prefix.length + 1) : match[1];
      return { [path]: translate(match[2]) };
    },
    [translate],
  );

  return { fromZod, fromApi };
}

/** The first problem of a list typed in one field, whichever item it is ("languages.2" shows at "languages"). */
export function firstErrorUnder(errors: FieldErrors, field: string): string | undefined {
  return Object.values(errorsUnder(errors, field))[0];
}

/** The problems under one list field ("documents"), re-keyed from its rows: "0.kind" etc. */
export function errorsUnder(errors: FieldErrors, field: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path === field) out[''] = message;
    else if (path.startsWith(`${field}.`)) out[path.slice(field.length + 1)] = message;
  }
  return out;
}
