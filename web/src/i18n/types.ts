/** The shape of a strings file with every text widened to string, so the other language must match its keys. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** "cartCount_one" and "cartCount_other" are both asked for as "cartCount" with a count. */
type KeyName<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every dotted key of a strings tree: "booking.time.morning". */
export type KeysOf<T> = { [K in keyof T & string]: T[K] extends string ? KeyName<K> : `${K}.${KeysOf<T[K]>}` }[keyof T & string];
