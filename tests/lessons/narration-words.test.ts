// What the narration panel says, worked out without the DOM: the plain words in counsellor mode, the
// full wording with its numbers offered beside them only when it says more, the verdict on a guess,
// and the facts filled in. A wrong word here is what a counsellor would read out to a patient.
import { describe, expect, test } from 'vitest';
import { fill, narrationWords } from '../../src/lessons/narration-words';
import type { NarrationView } from '../../src/lessons/narration';
import { stepsOf } from '../../src/lessons/steps';
import { strings } from '../../src/strings/index';

const share = stepsOf('endorphins').find((s) => s.id === 'share')!;
const words = strings.lessons.steps.endorphins!.share!;
const view = (over: Partial<NarrationView> = {}): NarrationView => ({
  lessonId: 'endorphins',
  lessonNumber: 1,
  step: share,
  index: 1,
  total: 4,
  phase: 'awaiting',
  guess: null,
  plain: false,
  facts: { endorphinPct: 9.5, euphoria: 0 },
  ...over,
});

describe('narration words', () => {
  test('a student sees the step in full; nothing is revealed before the reveal', () => {
    const w = narrationWords(view());
    expect(w.title).toBe(words.title);
    expect(w.body).toBe(words.text);
    expect(w.question).toBe(words.question);
    expect(w.reveal).toBe('');
    expect(w.verdict).toBe('');
    expect(w.numbers).toBe('');
    expect(w.meta).toBe(`${strings.lessons.ui.lessonN(1)} · ${strings.lessons.ui.stepOf(2, 4)}`);
  });

  test('the reveal fills in the model facts and judges the guess', () => {
    const right = narrationWords(view({ phase: 'revealed', guess: 'few' }));
    expect(right.reveal).toContain('9.5%');
    expect(right.reveal).not.toContain('{');
    expect(right.right).toBe(true);
    expect(right.verdict).toBe(strings.lessons.ui.right);
    const wrong = narrationWords(view({ phase: 'revealed', guess: 'most' }));
    expect(wrong.right).toBe(false);
    expect(wrong.verdict).toBe(strings.lessons.ui.notQuite);
  });

  test('counsellor mode: the plain reveal, with the numbers offered only on request', () => {
    const w = narrationWords(view({ phase: 'revealed', guess: 'few', plain: true }));
    expect(w.reveal).toBe(words.plainReveal);
    expect(w.numbers).toContain('9.5%');
    // A step whose full words hold no number offers no numbers.
    expect(narrationWords(view({ plain: true })).numbers).toBe('');
  });

  test('free play past the last step says so', () => {
    const w = narrationWords(view({ lessonId: 'no-such-lesson', phase: 'free' }));
    expect(w.title).toBe(strings.lessons.ui.freePlay);
    expect(w.body).toBe(strings.lessons.ui.freePlayText);
  });

  test('an unknown fact shows as a question mark, never "undefined"', () => {
    expect(fill('{a} and {b}', { a: 1.5 })).toBe('1.5 and ?');
  });
});
