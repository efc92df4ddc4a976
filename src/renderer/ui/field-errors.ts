// Turns validation problems into messages at the field they concern. Two sources: the shared
// zod schema run in the window before saving (every problem at once), and an INVALID_INPUT the
// core answers with (one problem, its path in the message: "...not valid at client.fullName: ...").
// Keys are paths joined with dots ("documents.0.expires"). The schema's English messages are
// mapped to the window's language where they are known ones.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api';

export type FieldErrors = Record<string, string>;

const knownMessages = {
  'must not be empty': 'validation.required',
  'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD': 'validation.partialDate',
  'date must be a real date written YYYY, YYYY-MM or YYYY-MM-DD': 'validation.partialDate',
  'must be a real date written YYYY-MM-DD': 'validation.isoDay',
  'must be a language code such as "ru", "kk" or "en"': 'validation.languageTag',
  'a date range needs dateEnd': 'validation.rangeNeedsEnd',
  'dateEnd is before date': 'validation.rangeEndBeforeStart',
} as const;

const apiProblem = /^The request was not valid at ([^:]+): (.*?)\.?$/;

export function useFieldErrors() {
  const { t } = useTranslation();

  const translate = useCallback(
    (message: string): string => {
      const key = knownMessages[message as keyof typeof knownMessages];
      if (key) return t(key);
      if (/^a date with precision/.test(message)) return t('validation.precisionForm');
      return message;
    },
    [t],
  );

  /** Every problem of a failed safeParse, the first per field. */
  const fromZod = useCallback(
    (error: z.ZodError): FieldErrors => {
      const errors: FieldErrors = {};
      for (const issue of error.issues) {
        const path = issue.path.map(String).join('.');
        if (!(path in errors)) errors[path] = issue.code === 'invalid_value' ? t('validation.choose') : translate(issue.message);
      }
      return errors;
    },
    [t, translate],
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

/** The problems under one list field ("documents"), re-keyed from its rows: "0.kind" etc. */
export function errorsUnder(errors: FieldErrors, field: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path === field) out[''] = message;
    else if (path.startsWith(`${field}.`)) out[path.slice(field.length + 1)] = message;
  }
  return out;
}
