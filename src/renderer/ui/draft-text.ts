// A form's draft holds every field as typed; these turn typed text into what the shared schemas
// take. A blank field is "not recorded" (undefined), never an empty string, so the record and
// the dossier can tell the two apart.

/** The text trimmed, or undefined when nothing but white space was typed. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** The items of a list typed into one field ("Russia, Kazakhstan"), trimmed, blanks dropped. */
export function listFromText(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Language codes typed as "ru, kk en" or "ru; kk": commas, semicolons or spaces between them. */
export function languageCodesFrom(value: string): string[] {
  return listFromText(value, /[,;\s]+/);
}

/** Whether a row of a repeating list (a document, a charge) has anything typed in it. */
export function rowHasText(row: object): boolean {
  return Object.values(row).some((value) => typeof value === 'string' && !isBlank(value));
}
