/**
 * Plural forms English lacks: Russian needs `_few` and `_many` beside every `_one`/`_other`
 * pair (1 клиент, 2 клиента, 5 клиентов), so a translation must carry them for each `_other` key.
 */
type PluralForms<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never]: string;
};

/** The shape a translation must have: the same keys as the English file, every value a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> } & PluralForms<T>;
