// The engine's events told in Spanish: each kind the engine reports is read back into its numbers
// (exactly the numbers of the engine's English sentence), and the Spanish sentence built from them
// carries those numbers and no English. An engine sentence the reader does not know still gives a
// Spanish line for its kind, never the English one.
import { describe, expect, test } from 'vitest';
import { heroinHabit, simulate, type Scenario, type TimelineEvent } from '../../sim/index';
import { en } from '../../src/strings/en';
import { es } from '../../src/strings/es';
import { eventFacts } from '../../src/strings/events';
import { numberFormat } from '../../src/strings/format';

const DAY = 24;
const dose = (drug: string, route: string, mg: number, at_h = 0) =>
  ({ drug, route, mg, at_h }) as Scenario['doses'][number];
const firstOf = (s: Scenario, kind: string): TimelineEvent => {
  const e = simulate(s).events.find((x) => x.kind === kind);
  if (!e) throw new Error(`no ${kind} in this scenario`);
  return e;
};

const EVENTS: Record<string, () => TimelineEvent> = {
  'precipitated withdrawal (naltrexone a day after a heroin habit)': () =>
    firstOf(
      {
        from_h: -31 * DAY,
        output_from_h: 20,
        to_h: 30,
        step_min: 10,
        doses: [heroinHabit(0), dose('naltrexone', 'oral', 50, 24)],
      },
      'precipitated_withdrawal',
    ),
  'precipitated withdrawal (buprenorphine too early)': () =>
    firstOf(
      {
        from_h: -31 * DAY,
        output_from_h: 8,
        to_h: 16,
        step_min: 5,
        doses: [heroinHabit(0), dose('buprenorphine', 'sublingual', 8, 8)],
      },
      'precipitated_withdrawal',
    ),
  'overdose risk (100 mg IV heroin, no tolerance)': () =>
    firstOf({ to_h: 4, step_min: 10, doses: [dose('heroin', 'iv', 100)] }, 'overdose_risk'),
  'blockade overcome (150 mg heroin as the injection wears off)': () =>
    firstOf(
      {
        output_from_h: 42 * DAY - 1,
        to_h: 42 * DAY + 6,
        step_min: 10,
        doses: [dose('naltrexone', 'im', 380), dose('heroin', 'iv', 150, 42 * DAY)],
      },
      'blockade_overcome',
    ),
  'liver warning (300 mg a day for days)': () =>
    firstOf(
      {
        to_h: 10 * DAY,
        step_min: 60,
        doses: [{ drug: 'naltrexone', route: 'oral', mg: 100, at_h: 0, every_h: 8, until_h: 10 * DAY }],
      },
      'liver_dose_warning',
    ),
};

/** English words the engine's sentences use that Spanish would not. */
const ENGLISH =
  /\b(withdrawal|breathing|drive|down|through|block|of|the|and|rising|took|away|replaced|liver|tests|label|usual|day|days)\b/i;

describe('engine events in Spanish', () => {
  const num = numberFormat('es-ES').num;
  test.each(Object.entries(EVENTS))('%s', (_name, make) => {
    const e = make();
    const facts = eventFacts(e);
    const numbers = Object.entries(facts).filter(([k, v]) => typeof v === 'number' && k !== 'kind');
    expect(numbers.length, e.text).toBeGreaterThanOrEqual(1);
    // Every number read back is one the English sentence shows.
    for (const [, v] of numbers) expect(e.text).toContain(String(v));
    const spanish = es.timeline.eventText(facts, num);
    for (const [, v] of numbers) expect(spanish).toContain(num(v as number));
    expect(spanish).not.toMatch(ENGLISH);
    // English tells the engine's own sentence.
    expect(en.timeline.eventText(facts, num)).toBe(e.text);
  });

  test('the drug that precipitated it is named in Spanish, and so is the band', () => {
    const e = EVENTS['precipitated withdrawal (naltrexone a day after a heroin habit)']!();
    const spanish = es.timeline.eventText(eventFacts(e), numberFormat('es-US').num);
    expect(spanish).toMatch(/la naltrexona quitó de golpe/);
    expect(spanish).toMatch(/\((COWS [\d.,]+), (leve|moderada|moderadamente grave|grave) y subiendo\)/);
  });

  test('a decimal is written the locale’s way: 17,5 in Spain, 17.5 in the US', () => {
    const facts = eventFacts({
      kind: 'liver_dose_warning',
      text: 'Liver: 312.5 mg of naltrexone a day for 7 days. More.',
    });
    expect(es.timeline.eventText(facts, numberFormat('es-ES').num)).toContain('312,5 mg');
    expect(es.timeline.eventText(facts, numberFormat('es-US').num)).toContain('312.5 mg');
  });

  test('a sentence the reader does not know still gives Spanish for its kind, never English', () => {
    for (const kind of Object.keys(es.timeline.events)) {
      const facts = eventFacts({
        kind: kind as TimelineEvent['kind'],
        text: 'Something the engine says differently now.',
      });
      expect(Object.keys(facts).sort()).toEqual(['kind', 'text']);
      expect(es.timeline.eventText(facts, String)).toBe(
        `${es.timeline.events[kind as keyof typeof es.timeline.events]}.`,
      );
    }
  });
});
