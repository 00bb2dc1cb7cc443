// Plain words for patients: every string the counsellor's view, the lessons' counsellor wording and
// the printed take-away show is at Flesch-Kincaid reading grade 8 or under. Sentences and
// paragraphs are scored one by one; short labels (headings, options, buttons) are scored together
// as the list they form, since a lone word cannot be graded.
import { describe, expect, test } from 'vitest';
import { en, type LessonStepText } from '../../src/strings/en';
import { enInfo } from '../../src/strings/en-info';
import { enPanels } from '../../src/strings/en-panels';
import { readingGrade, SAMPLE_DATE } from './readability';

const MAX_GRADE = 8;
/** Strings shorter than this are labels: they are graded together, not alone. */
const LABEL_WORDS = 8;

/** Every string in a tree of strings, lists and string-returning functions (called with samples). */
function collect(node: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, () => SAMPLE_DATE);
    out.push([path, String((node as (...a: unknown[]) => unknown)(...args))]);
  } else if (Array.isArray(node)) node.forEach((v, i) => collect(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) collect(v, path ? `${path}.${k}` : k, out);
  return out;
}

const c = en.lessons;
const counsellorStrings: Array<[string, string]> = [
  ...collect(c.counsellor, 'counsellor', []),
  ...collect(c.takeaway, 'takeaway', []),
  ...collect(c.ui, 'lessons.ui', []),
  ['app.disclaimer', en.app.disclaimer],
  // The body map opens in every mode, the counsellor's too, and patients read it.
  ...collect(enPanels.bodyMap, 'bodyMap', []),
  ['app.menu.bodyMap', en.app.menu.bodyMap],
  ['app.panels.bodyMap', en.app.panels.bodyMap],
  ['lessons.info.bodyMapLink', en.lessons.info.bodyMapLink],
];
// The lessons as counsellor mode shows them: the plain wording, the questions and the choices.
for (const [lesson, steps] of Object.entries(c.steps))
  for (const [step, w] of Object.entries<LessonStepText>(steps)) {
    const at = `steps.${lesson}.${step}`;
    for (const key of ['title', 'plain', 'plainReveal', 'question'] as const)
      if (w[key]) counsellorStrings.push([`${at}.${key}`, w[key]!]);
    for (const [id, choice] of Object.entries(w.choices ?? {}))
      counsellorStrings.push([`${at}.choices.${id}`, choice!]);
  }

const isLabel = (text: string) => readingGrade(text).words < LABEL_WORDS;

describe('counsellor and take-away words read at grade 8 or under', () => {
  test.each(counsellorStrings.filter(([, t]) => !isLabel(t)))('%s', (_path, text) => {
    expect(readingGrade(text).grade, text).toBeLessThanOrEqual(MAX_GRADE);
  });
  test('the short labels, read as the list they form', () => {
    const labels = counsellorStrings
      .filter(([, t]) => isLabel(t))
      .map(([, t]) => t.replace(/[.:!?]*\s*$/, '.'));
    expect(labels.length).toBeGreaterThan(20);
    expect(readingGrade(labels.join(' ')).grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe('About naltrexone reads at grade 10 or under', () => {
  // Every audience opens it, counsellors with patients too; it names more medical terms than the
  // counsellor's view, so its bar is two grades higher.
  test.each(enInfo.about.map((a) => [a.heading, a.text] as const))('%s', (_heading, text) => {
    expect(readingGrade(text).grade, text).toBeLessThanOrEqual(10);
  });
});
