// The types of a language's strings, both worked out from the English table (en.ts), so that English
// stays the one place a new string is added and every translation is checked against it:
// - `Translation` is exact: a translation missing a key of en.ts, or with a key en.ts lacks, does not
//   compile; strings are any string; a function keeps its parameters; lists keep their kind.
// - `Strings` is what the views read: the same keys, and any table can also be looked up with a key
//   that is only known at run time (an event kind, a drug, a lesson id), giving `undefined` if absent.

type AnyFunction = (...args: never[]) => unknown;

export type Translation<T> = T extends string
  ? string
  : T extends AnyFunction
    ? T
    : T extends readonly unknown[]
      ? { [K in keyof T]: Translation<T[K]> }
      : T extends object
        ? { [K in keyof T as string extends K ? never : K]: Translation<T[K]> }
        : T;

export type Loose<T> = T extends string
  ? string
  : T extends AnyFunction
    ? T
    : T extends readonly unknown[]
      ? { [K in keyof T]: Loose<T[K]> }
      : T extends object
        ? { [K in keyof T]: Loose<T[K]> } & { readonly [key: string]: Loose<T[keyof T]> | undefined }
        : T;
