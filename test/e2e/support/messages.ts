// The window's own words, from the renderer's message files, so page objects find controls by
// the label a person reads, in English and in Russian alike, and follow any rewording.
import type { InterfaceLanguage } from '../../../src/shared/contract';
import { en } from '../../../src/renderer/i18n/en';
import { ru } from '../../../src/renderer/i18n/ru';
import { fr } from '../../../src/renderer/i18n/fr';

const catalogs: Record<InterfaceLanguage, unknown> = { en, ru, fr };

function lookup(tree: unknown, dotted: string): unknown {
  let node = tree;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The text of `key` ("namespace:path.to.key", as the renderer's t() takes it) in `language`,
 * with {{name}} placeholders filled and, given a count, the plural form the language uses.
 */
export function messageText(language: InterfaceLanguage, key: string, values: Record<string, string | number> = {}): string {
  const [namespace, dotted] = key.includes(':') ? key.split(':', 2) : ['common', key];
  const tree = lookup(catalogs[language], namespace ?? 'common');
  let text = lookup(tree, dotted ?? '');
  if (text === undefined && typeof values.count === 'number') {
    const form = new Intl.PluralRules(language).select(values.count);
    text = lookup(tree, `${dotted}_${form}`) ?? lookup(tree, `${dotted}_other`);
  }
  if (typeof text !== 'string') throw new Error(`No message ${key} in ${language}.`);
  // "{{count, number}}" is i18next's number format: the language's digit grouping.
  return text.replace(/\{\{\s*(\w+)\s*(,\s*number\s*)?\}\}/g, (whole, name: string, asNumber?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return asNumber && typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : String(value);
  });
}
