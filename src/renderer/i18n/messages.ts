/**
 * Plural forms English lacks, by the categories Intl.PluralRules gives each language: Russian
 * needs `_few` and `_many` beside every `_one`/`_other` pair (1 клиент, 2 клиента, 5 клиентов);
 * French needs `_many` for large round numbers ("1 000 000 de pièces"), which i18next looks up
 * before it would fall back to English. A translation must carry them for each `_other` key.
 */
type PluralForms<T, Form extends string> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${Form}` : never]: string;
};

/** The shape a translation must have: the same keys as the English file, every value a string. */
export type Messages<T, Form extends string = 'few' | 'many'> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K], Form>;
} & PluralForms<T, Form>;

/** A French translation: English's keys and a `_many` beside every `_other`. */
export type FrenchMessages<T> = Messages<T, 'many'>;
