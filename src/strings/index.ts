// The active language's strings. English only for now; a new language adds a file like en.ts.
import { en, type Strings } from './en';

export const strings: Strings = en;
