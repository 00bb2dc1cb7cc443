// The languages the app speaks, how the page chooses one as it starts, and where each language's
// strings come from. A language's table is its own chunk, fetched only when that language is chosen.
// Choosing: the link's `lang` wins, then the language the user last chose on this device, then the
// browser's preferred languages in their order; English when none of them is spoken here.
import type { Strings } from './en';
import type { InfoStrings } from './en-info';
import type { PanelStrings } from './en-panels';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself: the switch shows them before the other table is loaded. */
export const AUTONYMS: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/** Dates and numbers when the browser names no region of the language (US Spanish: 1.5, not 1,5). */
const DEFAULT_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es-US' };

/** Where the user's choice is remembered (this browser only; nothing leaves the page). */
export const LANGUAGE_KEY = 'naltrexone-sim.lang';

export const isLanguage = (v: unknown): v is Language =>
  typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** The language of a BCP 47 tag ("es-MX" is Spanish), if the app speaks it. */
export function languageOf(tag: string): Language | undefined {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : undefined;
}

/** The browser's own regional variant of the language (es-MX, en-US) when it names one. */
export function localeFor(language: Language, preferred: readonly string[]): string {
  const tag = preferred.find((t) => languageOf(t) === language && /[-_]/.test(t));
  try {
    if (tag) return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? DEFAULT_LOCALE[language];
  } catch {
    // A malformed tag from the browser: the language's default locale.
  }
  return DEFAULT_LOCALE[language];
}

export interface LanguageChoice {
  language: Language;
  /** The locale dates and numbers are written in. */
  locale: string;
}

export function chooseLanguage(
  linked: string | null,
  remembered: string | null,
  preferred: readonly string[],
): LanguageChoice {
  const language: Language = isLanguage(linked)
    ? linked
    : isLanguage(remembered)
      ? remembered
      : (preferred.map(languageOf).find((l) => l !== undefined) ?? 'en');
  return { language, locale: localeFor(language, preferred) };
}

/** Each language's table, as a chunk of its own. */
export const LOADERS: Readonly<Record<Language, () => Promise<Strings>>> = {
  en: () => import('./en').then((m) => m.en),
  es: () => import('./es').then((m) => m.es),
};

/** Each language's words for the panels that load when opened (body map, explorer, Drug X). */
export const PANEL_LOADERS: Readonly<Record<Language, () => Promise<PanelStrings>>> = {
  en: () => import('./en-panels').then((m) => m.enPanels),
  es: () => import('./es-panels').then((m) => m.esPanels),
};

/** Each language's words for About naltrexone and the model (loaded when one of them first opens). */
export const INFO_LOADERS: Readonly<Record<Language, () => Promise<InfoStrings>>> = {
  en: () => import('./en-info').then((m) => m.enInfo),
  es: () => import('./es-info').then((m) => m.esInfo),
};
