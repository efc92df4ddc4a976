// `show`'s lines for the versions of a record's texts in the dossier's other languages, one line
// per language and field, each text cut to a line so the timeline stays readable.
import { languages } from '../shared/format/languages.js';

type Version = Record<string, string | string[] | Record<string, string | undefined> | undefined>;

const shown = 100;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > shown ? `${[...flat].slice(0, shown - 1).join('')}…` : flat;
}

/** "ru title: Арест" lines, under a record printed at `indent`. */
export function versionLines(versions: Partial<Record<string, Version | undefined>> | undefined, indent: string): string[] {
  const lines: string[] = [];
  for (const language of languages) {
    for (const [field, value] of Object.entries(versions?.[language] ?? {})) {
      if (typeof value === 'string') lines.push(`${indent}${language} ${field}: ${oneLine(value)}`);
      else if (Array.isArray(value)) value.forEach((entry, index) => entry && lines.push(`${indent}${language} ${field}[${index + 1}]: ${oneLine(entry)}`));
      else if (value) for (const [key, entry] of Object.entries(value)) if (entry) lines.push(`${indent}${language} ${field}.${key}: ${oneLine(entry)}`);
    }
  }
  return lines;
}
