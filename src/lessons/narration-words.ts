// What the narration panel says for a view, worked out without the DOM: the step's title and words
// (plain in counsellor mode), the question, the verdict and the reveal, and the full wording with
// numbers that counsellor mode offers on request. The panel (narration.ts) only puts these in place.
import type { LessonStepText } from '../strings/en';
import { format, strings } from '../strings/index';
import type { Facts } from './steps';
import type { NarrationView } from './narration';

/**
 * Fills {names} from the model's facts, numbers written the language's way (1.5 or 1,5); an unknown
 * name shows as a question mark, never "undefined".
 */
export function fill(template: string, facts: Facts): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = facts[k];
    return v === undefined ? '?' : typeof v === 'number' ? format.num(v) : String(v);
  });
}

export interface NarrationWords {
  meta: string;
  title: string;
  body: string;
  question: string;
  /** The prediction's choices by id. */
  choices: Readonly<Record<string, string | undefined>>;
  /** Whether the guess is the step's answer. */
  right: boolean;
  /** "Right" or "Not quite" once revealed, else empty. */
  verdict: string;
  reveal: string;
  /** Counsellor mode: the step in full, numbers and all, when it says more than the plain words. */
  numbers: string;
}

export function narrationWords(v: NarrationView): NarrationWords {
  const t = strings.lessons.ui;
  const words: LessonStepText | undefined = strings.lessons.steps[v.lessonId]?.[v.step.id];
  const free = v.phase === 'free' && !words;
  const plainOr = (plain: string | undefined, full: string | undefined) =>
    v.plain && plain ? plain : (full ?? '');
  const revealed = v.phase === 'revealed';
  const body = free ? t.freePlayText : fill(plainOr(words?.plain, words?.text), v.facts);
  const reveal = revealed ? fill(plainOr(words?.plainReveal, words?.reveal), v.facts) : '';
  const full = revealed ? words?.reveal : free ? undefined : words?.text;
  const detail = full === undefined ? '' : fill(full, v.facts);
  const right = v.guess === v.step.answer;
  return {
    meta: `${t.lessonN(v.lessonNumber)} · ${t.stepOf(v.index + 1, v.total)}`,
    title: free ? t.freePlay : (words?.title ?? ''),
    body,
    question: words?.question ?? t.guessLegend,
    choices: words?.choices ?? {},
    right,
    verdict: revealed ? (right ? t.right : t.notQuite) : '',
    reveal,
    numbers: v.plain && /\d/.test(detail) && detail !== reveal && detail !== body ? detail : '',
  };
}
