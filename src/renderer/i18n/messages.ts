/** The shape a translation must have: the same keys as the English file, every value a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
