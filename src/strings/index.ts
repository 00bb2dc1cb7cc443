// The active language's strings. The language is chosen once, as the page starts (languages.ts), and
// only its table is fetched; every module that imports `strings` waits for it (a top-level await), so
// a view can read its words when it is first evaluated. Changing the language reloads the page with
// the choice in the address (src/app/language.ts): the address keeps the lesson, step, doses and time.
import type { Strings } from './en';
import { numberFormat } from './format';
import { chooseLanguage, LANGUAGE_KEY, LOADERS } from './languages';

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // no storage here (Node, or a browser that refuses it)
  }
}

const choice = chooseLanguage(
  typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang'),
  remembered(),
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
);

/** The language shown ('en', 'es') and the locale its dates and numbers are written in. */
export const { language, locale } = choice;
export const strings: Strings = await LOADERS[language]();
/** Numbers written the chosen language's way. */
export const format = numberFormat(locale);
