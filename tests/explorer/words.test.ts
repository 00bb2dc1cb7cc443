// What the explorer says under its charts and at its reading slider, from made-up curves (sweep.test.ts
// checks the engine's): the block, the shift against Gaddum's theory and the lost tolerance once the
// comparison curves are there; the reading at a dose on every curve shown; the slider starting at
// the usual dose; the timing honest about what was computed; and the idle warming's order.
import { describe, expect, test } from 'vitest';
import { readingAt, usualDoseIndex } from '../../src/explorer/cursor';
import type { Exploration } from '../../src/explorer/model';
import { summarise, timingWords } from '../../src/explorer/summary';
import { OPIOIDS, STATES, sweepDoses, SWEEP, type Opioid } from '../../src/explorer/sweep';
import { warmOrder } from '../../src/explorer/warm';
import { panelStrings } from '../../src/strings/panels';

const W = panelStrings.explorer;
const curve = (euphoria: number[], breathing: number[], blocked = 0) => ({
  doses: new Float64Array([1, 10, 100]),
  euphoria: new Float64Array(euphoria),
  breathing: new Float64Array(breathing),
  blocked,
});
const MOMENT: Exploration = {
  opioid: 'heroin',
  state: 'week4',
  curve: curve([0, 12.4, 80], [0, 0.104, 0.7], 0.9),
  danger: { curve: 100 },
  predictedRatio: 10,
};
const COMPARED: Exploration = {
  ...MOMENT,
  sameDay: curve([30, 70, 95], [0.1, 0.5, 0.9]),
  tolerant: curve([5, 40, 90], [0, 0.2, 0.6]),
  danger: { curve: 100, sameDay: 10 },
  measuredRatio: 10,
};

describe('the sentences under the charts', () => {
  test('say how much naltrexone holds, and that the comparisons are coming while they are computed', () => {
    expect(summarise(MOMENT)).toEqual([W.blocked(90), W.comparing]);
  });
  test('then the shift measured against the same day and the one theory predicts, and the lost tolerance', () => {
    const [blocked, shift, tolerance] = summarise(COMPARED);
    expect(blocked).toBe(W.blocked(90));
    expect(shift).toBe(W.shift('100 mg', '10', '10 mg', '10'));
    // The daily user's danger dose lies beyond the sweep: said so, not made up.
    expect(tolerance).toBe(W.tolerance(W.beyond, '10 mg'));
  });
  test('without naltrexone say only where half the breathing drive is lost', () => {
    expect(summarise({ ...COMPARED, state: 'none' })[1]).toBe(W.noBlock('100 mg'));
  });
});

describe('the reading slider', () => {
  test('reads the dose on the moment alone, then on every curve once the comparisons are there', () => {
    expect(readingAt(MOMENT, 1)).toEqual({
      mg: 10,
      dose: '10 mg',
      text: W.readout('10 mg', W.readoutRow(W.curves.state, 12, 10)),
    });
    expect(readingAt(COMPARED, 1).text).toBe(
      W.readout(
        '10 mg',
        [
          W.readoutRow(W.curves.state, 12, 10),
          W.readoutRow(W.curves.sameDay, 70, 50),
          W.readoutRow(W.curves.tolerant, 40, 20),
        ].join('; '),
      ),
    );
  });
  test('starts at the swept dose nearest the usual dose of every opioid', () => {
    for (const opioid of Object.keys(OPIOIDS) as Opioid[]) {
      const doses = sweepDoses(opioid);
      const off = (mg: number) => Math.abs(Math.log(mg / OPIOIDS[opioid].usualMg));
      for (const mg of doses) expect(off(doses[usualDoseIndex()]!)).toBeLessThanOrEqual(off(mg));
    }
  });
});

describe('the timing', () => {
  test('says the curves were computed earlier, or what this moment and the whole choice took', () => {
    expect(timingWords(0, 3.2, 0)).toBe(W.cached(SWEEP.count));
    expect(timingWords(3, 12.4, 30.3)).toBe(W.computed(12, 43, SWEEP.count));
    expect(timingWords(1, 12.4, 0)).toBe(W.computedOne(12, SWEEP.count));
  });
});

describe('the idle warming', () => {
  test("computes this opioid's other states first, then the other opioids at this state, then the rest", () => {
    const order = warmOrder('fentanyl', 'week1');
    expect(order.slice(0, STATES.length)).toEqual(STATES.map((s) => ['fentanyl', s]));
    expect(order.slice(STATES.length, STATES.length + 4)).toEqual([
      ['heroin', 'week1'],
      ['morphine', 'week1'],
      ['oxycodone', 'week1'],
      ['methadone', 'week1'],
    ]);
    // Every choice is in it.
    expect(new Set(order.map((c) => c.join('/'))).size).toBe(Object.keys(OPIOIDS).length * STATES.length);
  });
});
