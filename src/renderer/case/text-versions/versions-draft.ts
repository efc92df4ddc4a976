// The versions of a record's texts as the window edits them: per language, a flat map of field
// name to text ("groundReasoning.religion", "risks.0" for the profile's lists), and back to the
// shape the model stores. An emptied version is dropped, so the export falls back to the original.
import { languages, type Language } from '../../../shared/format/languages';
import type { PersecutionVersion, Versions } from '../../../shared/text-versions';

export type FlatVersions = Partial<Record<Language, Record<string, string>>>;

export function otherLanguages(written: Language): Language[] {
  return languages.filter((language) => language !== written);
}

export function setVersion(versions: FlatVersions, language: Language, field: string, text: string): FlatVersions {
  return { ...versions, [language]: { ...versions[language], [field]: text } };
}

/** A record's stored versions (an event's, an evidence item's), for the form. */
export function flatVersionsOf(versions: Versions<Record<string, string | undefined>> | undefined): FlatVersions {
  const flat: FlatVersions = {};
  for (const language of languages) {
    const version = versions?.[language];
    if (version) flat[language] = Object.fromEntries(Object.entries(version).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  return flat;
}

/** The versions to save: blank texts left out, a language with none left out. */
export function versionsInput(flat: FlatVersions | undefined): Versions<Record<string, string>> | undefined {
  const out: Versions<Record<string, string>> = {};
  for (const language of languages) {
    const texts = Object.entries(flat?.[language] ?? {}).filter(([, text]) => text.trim() !== '');
    if (texts.length > 0) out[language] = Object.fromEntries(texts);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The profile's stored versions, flat: its lists and per-ground texts by a dotted name. */
export function flatPersecutionVersions(versions: Versions<PersecutionVersion> | undefined): FlatVersions {
  const flat: FlatVersions = {};
  for (const language of languages) {
    const version = versions?.[language];
    if (!version) continue;
    const { groundReasoning, risks, ...texts } = version;
    const entries: [string, string | undefined][] = [
      ...Object.entries(texts),
      ...Object.entries(groundReasoning ?? {}).map(([ground, text]): [string, string | undefined] => [`groundReasoning.${ground}`, text]),
      ...(risks ?? []).map((text, index): [string, string] => [`risks.${index}`, text]),
    ];
    flat[language] = Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  return flat;
}

/**
 * The profile's versions to save. `blankRisks` marks the form's risk rows left blank, which the
 * profile does not save: each version stays beside the risk it translates.
 */
export function persecutionVersionsInput(flat: FlatVersions | undefined, blankRisks: readonly boolean[]): Versions<PersecutionVersion> | undefined {
  const savedIndex = new Map<number, number>();
  blankRisks.forEach((blank, index) => {
    if (!blank) savedIndex.set(index, savedIndex.size);
  });
  const out: Versions<PersecutionVersion> = {};
  for (const language of languages) {
    const version: PersecutionVersion & Record<string, unknown> = {};
    const groundReasoning: Record<string, string> = {};
    const risks = Array.from({ length: savedIndex.size }, () => '');
    for (const [name, text] of Object.entries(flat?.[language] ?? {})) {
      if (text.trim() === '') continue;
      const dot = name.indexOf('.');
      const [head, rest] = dot < 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot + 1)];
      if (head === 'groundReasoning') groundReasoning[rest] = text;
      else if (head === 'risks' && savedIndex.has(Number(rest))) risks[savedIndex.get(Number(rest))!] = text;
      else if (dot < 0) version[name] = text;
    }
    if (Object.keys(groundReasoning).length > 0) version.groundReasoning = groundReasoning;
    if (risks.some((text) => text !== '')) version.risks = risks;
    if (Object.keys(version).length > 0) out[language] = version;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The versions after the form's risk row `removed` is taken out: the later rows' versions move up with their risks. */
export function withoutRiskVersion(flat: FlatVersions, removed: number): FlatVersions {
  const out: FlatVersions = {};
  for (const language of languages) {
    const texts = flat[language];
    if (!texts) continue;
    out[language] = Object.fromEntries(
      Object.entries(texts).flatMap(([name, text]): [string, string][] => {
        const match = /^risks\.(\d+)$/.exec(name);
        if (!match) return [[name, text]];
        const index = Number(match[1]);
        if (index === removed) return [];
        return [[index > removed ? `risks.${index - 1}` : name, text]];
      }),
    );
  }
  return out;
}
