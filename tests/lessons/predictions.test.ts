// Every predict-then-reveal answer checked against the engine: each prediction's facts are computed
// from the lesson's own scenario (as the app does), a judge reads which choice those numbers support,
// and that must be the step's answer. A model change that makes an answer wrong fails here, and a
// new prediction without a judge fails too. No number is typed in: only the choices' own meanings
// (e.g. "under one in five", "within the hour", the COWS bands, "blocked" below 20% of the high).
import { describe, expect, test } from 'vitest';
import { lessonById, simulate, type Scenario } from '../../sim/index';
import type { Facts } from '../../src/lessons/steps';
import { LESSON_STEPS } from '../../src/lessons/steps';
import { strings } from '../../src/strings/index';

const num = (f: Facts, k: string) => {
  const v = f[k];
  if (typeof v !== 'number') throw new Error(`fact ${k} is not a number: ${String(v)}`);
  return v;
};

/** Which choice the model's numbers support, for every prediction of every lesson. */
const JUDGES: Record<string, (f: Facts) => string> = {
  'endorphins/share': (f) =>
    num(f, 'endorphinPct') < 20 ? 'few' : num(f, 'endorphinPct') < 60 ? 'half' : 'most',
  'opioid-high/fastest': (f) => {
    const injected = Math.max(num(f, 'heroinMin'), num(f, 'fentanylMin')) / 60;
    const tablets = num(f, 'tabletH');
    return injected < tablets / 2 ? 'injected' : tablets < injected / 2 ? 'tablets' : 'same';
  },
  // "peaks in 1 to 3 days and fades over about a week" (below 5, the end of "mild", within 10 days)
  'tolerance/stop': (f) => {
    if (num(f, 'peakCows') < 5) return 'nothing';
    const fades = typeof f.goneDays === 'number' && f.goneDays <= 10;
    return num(f, 'peakDay') >= 0.5 && num(f, 'peakDay') <= 3 && fades ? 'wave' : 'months';
  },
  // "almost nothing": under 20% of the same dose's high without naltrexone (CONTRACT.md's "blocked")
  'blockade/heroin': (f) => {
    const share = num(f, 'blockedEuphoria') / num(f, 'openEuphoria');
    return share < 0.2 ? 'nothing' : share < 0.8 ? 'weaker' : 'full';
  },
  // "strong withdrawal within the hour": moderately severe or worse (COWS 25+) within 60 minutes
  'too-early/day1': (f) =>
    num(f, 'peakCows') >= 25 && num(f, 'minutes') <= 60
      ? 'severe'
      : num(f, 'peakCows') >= 5
        ? 'mild'
        : 'nothing',
  // "little or nothing": under moderate (COWS 13)
  'too-early/day10': (f) => (num(f, 'peakCows') < 13 ? 'little' : 'same'),
  // "breaks through": euphoria over the engine's own 'blockade overcome' line (20 of 100)
  'overcome/large': (f) => (num(f, 'euphoria') >= 20 ? 'through' : 'blocked'),
  // "far more: breathing in danger": at least the danger line (50%) and over twice the tolerant effect
  'overcome/stopped': (f) =>
    num(f, 'resp') >= 50 && num(f, 'resp') > 2 * num(f, 'tolerantResp') ? 'worse' : 'same',
  'tablets-vs-injection/missed': (f) =>
    num(f, 'naltrexonePct') < 5 ? 'zero' : num(f, 'naltrexonePct') < num(f, 'beforePct') ? 'weaker' : 'same',
  // "smaller": under 90% of the same evening's lift without naltrexone; "gone": under 10% of it
  'alcohol/lift': (f) => {
    const share = num(f, 'lift') / num(f, 'openLift');
    return share < 0.1 ? 'gone' : share < 0.9 ? 'smaller' : 'same';
  },
  'tablets-vs-injection/peaks': (f) =>
    num(f, 'peakCount') >= 2 ? 'twoPeaks' : num(f, 'peakCount') === 1 ? 'onePeak' : 'flat',
  // "nothing in the curves": no high (under the 'blockade overcome' line's tenth, 2 of 100), breathing
  // within 1%, withdrawal under 5 (none), while the antagonist holds most receptors
  'unknown-drug/alone': (f) =>
    num(f, 'euphoria') >= 20
      ? 'high'
      : num(f, 'cows') >= 5
        ? 'withdrawal'
        : num(f, 'euphoria') < 2 && num(f, 'resp') < 1 && num(f, 'blockPct') > 50
          ? 'nothing'
          : 'high',
};

function scenarioOf(lesson: string, variant?: string): Scenario {
  const l = lessonById(lesson)!;
  return variant ? l.variants.find((v) => v.id === variant)!.scenario : l.scenario;
}

const predictions = Object.entries(LESSON_STEPS).flatMap(([lesson, steps]) =>
  steps.filter((s) => s.kind === 'predict').map((step) => ({ lesson, step, key: `${lesson}/${step.id}` })),
);

describe('every predict-then-reveal answer matches the engine', () => {
  test('every prediction has a judge, and every judge a prediction', () => {
    expect(predictions.map((p) => p.key).sort()).toEqual(Object.keys(JUDGES).sort());
  });
  test.each(predictions.map((p) => [p.key, p] as const))('%s', (_key, { lesson, step, key }) => {
    const s = scenarioOf(lesson, step.variant);
    const facts = step.facts!(simulate(s), s);
    expect(step.choices).toContain(step.answer);
    expect(JUDGES[key]!(facts), JSON.stringify(facts)).toBe(step.answer);
    // The reveal quotes only facts the step computes.
    const words = strings.lessons.steps[lesson]![step.id]!;
    for (const [, name] of `${words.reveal ?? ''}${words.text}`.matchAll(/\{(\w+)\}/g))
      expect(facts, `${key} quotes {${name}}`).toHaveProperty(name!);
  });
});

describe('the narration quotes only what the engine computed', () => {
  const all = Object.entries(LESSON_STEPS).flatMap(([lesson, steps]) =>
    steps.map((step) => ({ lesson, step })),
  );
  test.each(all.map((a) => [`${a.lesson}/${a.step.id}`, a] as const))('%s', (_key, { lesson, step }) => {
    const words = strings.lessons.steps[lesson]?.[step.id];
    if (!words) return;
    const s = scenarioOf(lesson, step.variant);
    const facts = step.facts ? step.facts(simulate(s), s) : {};
    const quoted = [words.text, words.reveal, words.plain, words.plainReveal].join(' ');
    for (const [, name] of quoted.matchAll(/\{(\w+)\}/g)) expect(facts).toHaveProperty(name!);
  });
});
