// Plain Spanish for patients: the Spanish counsellor's view, the lessons' counsellor wording, the body
// map and the printed take-away read at Fernández-Huerta 60 or more ("normal": school grades 7-8) string by
// string, and at 70 or more all together ("fairly easy": grade 6), as the English check holds them at
// Flesch-Kincaid grade 8 (tests/content/plain-words.test.ts). Short labels are scored together as
// the list they form. Szigriszt-Pazos's index is reported beside it.
import { describe, expect, test } from 'vitest';
import type { LessonStepText } from '../../src/strings/en';
import { es } from '../../src/strings/es';
import { esInfo } from '../../src/strings/es-info';
import { esPanels } from '../../src/strings/es-panels';
import { readingEase, SAMPLE_DATE_ES } from './readability-es';

const MIN_EASE = 60;
const MIN_EASE_ALL = 70;
/** Strings shorter than this are labels: they are scored together, not alone. */
const LABEL_WORDS = 8;

/** Every string in a tree of strings, lists and string-returning functions (called with samples). */
function collect(node: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, () => SAMPLE_DATE_ES);
    out.push([path, String((node as (...a: unknown[]) => unknown)(...args))]);
  } else if (Array.isArray(node)) node.forEach((v, i) => collect(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) collect(v, path ? `${path}.${k}` : k, out);
  return out;
}

const c = es.lessons;
export const counsellorStringsEs: Array<[string, string]> = [
  ...collect(c.counsellor, 'counsellor', []),
  ...collect(c.takeaway, 'takeaway', []),
  ...collect(c.ui, 'lessons.ui', []),
  ...collect(esPanels.bodyMap, 'bodyMap', []),
  ['app.disclaimer', es.app.disclaimer],
];
for (const [lesson, steps] of Object.entries(c.steps))
  for (const [step, w] of Object.entries<LessonStepText>(steps)) {
    const at = `steps.${lesson}.${step}`;
    for (const key of ['title', 'plain', 'plainReveal', 'question'] as const)
      if (w[key]) counsellorStringsEs.push([`${at}.${key}`, w[key]!]);
    for (const [id, choice] of Object.entries(w.choices ?? {}))
      counsellorStringsEs.push([`${at}.choices.${id}`, choice!]);
  }

const isLabel = (text: string) => readingEase(text).words < LABEL_WORDS;

describe(`Spanish counsellor and take-away words read at Fernández-Huerta ${MIN_EASE} or more`, () => {
  test.each(counsellorStringsEs.filter(([, t]) => !isLabel(t)))('%s', (_path, text) => {
    expect(readingEase(text).fernandezHuerta, text).toBeGreaterThanOrEqual(MIN_EASE);
  });
  test('the short labels, read as the list they form', () => {
    const labels = counsellorStringsEs
      .filter(([, t]) => isLabel(t))
      .map(([, t]) => t.replace(/[.:!?]*\s*$/, '.'));
    expect(labels.length).toBeGreaterThan(20);
    expect(readingEase(labels.join(' ')).fernandezHuerta).toBeGreaterThanOrEqual(MIN_EASE);
  });
  test(`all of them together read at ${MIN_EASE_ALL} or more ("fairly easy", grade 6)`, () => {
    const all = readingEase(counsellorStringsEs.map(([, t]) => t).join(' '));
    expect(all.fernandezHuerta).toBeGreaterThanOrEqual(MIN_EASE_ALL);
    expect(all.szigrisztPazos).toBeGreaterThanOrEqual(65); // INFLESZ: "fairly easy"
  });
});

describe('Sobre la naltrexona reads at Fernández-Huerta 50 or more', () => {
  // Every audience opens it, counsellors with patients too; it names more medical terms, so its
  // bar is lower, as the English one is two grades higher.
  test.each(esInfo.about.map((a) => [a.heading, a.text] as const))('%s', (_heading, text) => {
    expect(readingEase(text).fernandezHuerta, text).toBeGreaterThanOrEqual(50);
  });
});
