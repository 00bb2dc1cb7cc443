// The page's language: <html lang>, the words index.html is written with (set again in the chosen
// language), and the switch in the header. Switching reloads the page in the other language: each
// view reads its words once, as it is built, and the address already holds what must carry over
// (lesson, step, guess, mode, doses, time), so it is written first. The counsellor's dates, which
// never go into the address, ride along in this tab's history entry and are taken out at once.
import { el, radio } from '../core/dom';
import { language, strings } from '../strings/index';
import { AUTONYMS, LANGUAGES, LANGUAGE_KEY, type Language } from '../strings/languages';
import './language.css';

/** Sets <html lang> and the page's own words (title, description, skip link, headings). */
export function applyPageLanguage(): void {
  const p = strings.app.page;
  document.documentElement.lang = language;
  document.title = strings.app.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', p.description);
  const text = (selector: string, words: string) => {
    const node = document.querySelector(selector);
    if (node) node.textContent = words;
  };
  text('.skip-link', p.skip);
  text('#app-header h1', strings.app.title);
  text('#disclaimer', strings.app.disclaimer);
  text('#scene-heading', p.scene);
  text('#charts-heading', p.charts);
  document.getElementById('side-panel')?.setAttribute('aria-label', p.side);
}

/** What the page keeps across a switch that the address does not hold. */
export interface Carried {
  counsellor?: Record<string, string>;
}

const CARRIED_KEY = 'languageSwitch';

/** What the page before the switch left in this history entry, taken out so it is kept no longer. */
export function takeCarried(): Carried {
  const state: unknown = history.state;
  if (!state || typeof state !== 'object' || !(CARRIED_KEY in state)) return {};
  const { [CARRIED_KEY]: carried, ...rest } = state as Record<string, unknown>;
  history.replaceState(Object.keys(rest).length ? rest : null, '');
  return carried && typeof carried === 'object' ? (carried as Carried) : {};
}

export interface SwitchOptions {
  /** Writes the address now, so the reload shows the same lesson, step, doses and time. */
  writeUrl(): void;
  /** What else to carry over. */
  carry(): Carried;
}

/** Reloads the page in `next`, remembering the choice on this device. */
export function switchLanguage(next: Language, o: SwitchOptions): void {
  if (next === language) return;
  try {
    localStorage.setItem(LANGUAGE_KEY, next);
  } catch {
    // Storage refused: the address still carries the language.
  }
  o.writeUrl();
  const url = new URL(location.href);
  url.searchParams.set('lang', next);
  const state = history.state && typeof history.state === 'object' ? history.state : {};
  history.replaceState({ ...state, [CARRIED_KEY]: o.carry() }, '', url);
  location.reload();
}

/** The switch: one real radio button per language, compact (its two-letter code shown, so the header
 *  keeps to one row in either language) and named in its own language for screen readers and on
 *  hover ("English", "Español"). */
export function languageSwitch(onChoose: (next: Language) => void): HTMLElement {
  const box = el('fieldset', 'language-switch');
  box.append(el('legend', 'visually-hidden', strings.app.language));
  for (const lang of LANGUAGES) {
    const label = el('label', 'language-option');
    label.lang = lang;
    label.title = AUTONYMS[lang];
    const input = radio('language', lang, () => onChoose(lang));
    input.checked = lang === language;
    const code = el('span', 'language-code', lang.toUpperCase());
    code.setAttribute('aria-hidden', 'true');
    label.append(input, code, el('span', 'visually-hidden', AUTONYMS[lang]));
    box.append(label);
  }
  return box;
}
