// Checks for a page in another language. What a Spanish page must not show: every piece of English
// from en.ts, en-panels.ts and en-info.ts (their strings, their templates cut at their {values}, their functions'
// words), except the pieces Spanish writes the same (drug names
// as brands, units, symbols, "COWS", "Zoom"). And how to read what a page shows: the text of every
// visible element, the labels and titles screen readers and tooltips give, the charts' SVG titles and
// descriptions, and the options of visible lists (not the printed take-away, which is hidden on
// screen, nor the English titles of the papers in the reference list).
import type { Page } from 'playwright-core';
import { en } from '../../src/strings/en';
import { enInfo } from '../../src/strings/en-info';
import { enPanels } from '../../src/strings/en-panels';
import { es } from '../../src/strings/es';
import { esInfo } from '../../src/strings/es-info';
import { esPanels } from '../../src/strings/es-panels';

/** Functions whose arguments are facts or messages, not words to fill in. */
const SKIP = new Set([
  en.timeline.eventText,
  en.app.notes.problem,
  es.timeline.eventText,
  es.app.notes.problem,
]);
const MARK = '\u0001';

function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (typeof node === 'function' && !SKIP.has(node as never)) {
    for (const arg of [MARK, 9001]) {
      try {
        out.push(
          String((node as (...a: unknown[]) => unknown)(...Array.from({ length: node.length }, () => arg))),
        );
      } catch {
        // called with the wrong kind of argument
      }
    }
  } else if (node && typeof node === 'object') for (const v of Object.values(node)) texts(v, out);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordBound = (f: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(f)}($|[^\\p{L}\\p{N}])`, 'u');

const fragments = (t: string) =>
  t
    .split(new RegExp(`\\{\\w+\\}|${MARK}|900\\d|\\n`))
    .map((s) => s.trim().replace(/^[\s,.;:()"“”«»¿¡!?·-]+|[\s,.;:()"“”«»¿¡!?·-]+$/g, ''))
    .filter((s) => /\p{L}{3}/u.test(s));

const spanish = [...texts(es), ...texts(esPanels), ...texts(esInfo)].join('\n');

/** English pieces of en.ts that Spanish does not also write. */
export const ENGLISH: ReadonlyArray<{ text: string; pattern: RegExp }> = [
  ...new Set([...texts(en), ...texts(enPanels), ...texts(enInfo)].flatMap(fragments)),
]
  .filter((f) => !wordBound(f).test(spanish))
  .map((text) => ({ text, pattern: wordBound(text) }));

/** The English pieces of en.ts found in a text. */
export const englishIn = (shown: string) => ENGLISH.filter((e) => e.pattern.test(shown)).map((e) => e.text);

/** Everything the page shows or says now (see the header). */
export function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.title];
    const visible = (el: Element | null) =>
      !!el && (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) !== false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('#takeaway, script, style')) continue;
      if (parent.matches('.reference-list > li')) continue; // a paper's own title
      const svg = parent.closest('svg');
      if (svg && (parent.tagName === 'title' || parent.tagName === 'desc' || parent.closest('title, desc'))) {
        if (visible(svg)) parts.push(n.textContent ?? '');
      } else if (parent.tagName === 'OPTION') {
        if (visible(parent.closest('select'))) parts.push(n.textContent ?? '');
      } else if (visible(parent)) parts.push(n.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-description]',
    )) {
      if (el.closest('#takeaway') || !visible(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

/** What runs off a page at its width: the page wider than the window, or a control clipping its words. */
export function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    if (document.documentElement.scrollWidth > innerWidth + 1)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window`);
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, label, legend, h1, h2, h3, .panel-title, dt, dd, th',
    )) {
      if (!el.checkVisibility() || el.closest('.visually-hidden, .skip-link, .table-wrap')) continue;
      if (el.tagName === 'BUTTON' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} clips its words (${el.scrollWidth} > ${el.clientWidth})`);
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > innerWidth + 1 || r.left < -1))
        problems.push(`${name(el)} runs off the window`);
    }
    return problems;
  });
}
