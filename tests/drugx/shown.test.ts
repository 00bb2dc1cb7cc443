// What the Drug X exercise shows of a run, from made-up runs (drugx.test.ts checks the engine's): the
// picture at a chosen hour is the last sample at or before it, a hundred squares that add up, the
// background's letter and colour name the experiment's drug and never Drug X's; the sentences give
// the peaks with and without Drug X; the charts show the chosen window, dashed without Drug X, the
// background drug only when there is one, and the danger band on breathing.
import { describe, expect, test } from 'vitest';
import { EVENT_THRESHOLDS } from '../../sim/index';
import { drugXChartData } from '../../src/drugx/chart-data';
import { momentAt, sampleAt } from '../../src/drugx/moment';
import type { Experiment, Run } from '../../src/drugx/runs';
import { summaryWords } from '../../src/drugx/summary';
import { panelStrings } from '../../src/strings/panels';
import { LIGAND_STYLE } from '../../src/theme';

const W = panelStrings.drugX;
const f = (...v: number[]) => new Float64Array(v);
const run = (drugX: number[], background: number[], endorphin: number[]): Run => ({
  t: f(0, 1, 2, 3),
  shares: {
    drugX: f(...drugX),
    background: f(...background),
    endorphin: f(...endorphin),
    free: f(...drugX.map((x, i) => 1 - x - background[i]! - endorphin[i]!)),
  },
  euphoria: f(0, 40.4, 20, 5),
  breathing: f(0, 0.316, 0.1, 0),
  cows: f(2, 0, 0, 7.6),
});
const NALTREXONE: Experiment = {
  experiment: 'naltrexone',
  factor: 1,
  withX: run([0, 0.333, 0.2, 0.1], [0.9, 0.6, 0.7, 0.8], [0.05, 0.03, 0.05, 0.05]),
  withoutX: run([0, 0, 0, 0], [0.9, 0.9, 0.9, 0.9], [0.05, 0.05, 0.05, 0.05]),
};

describe('the receptors at the chosen time', () => {
  test('are read at the last sample at or before the hour, the first before the run starts', () => {
    const t = f(0, 0.5, 1, 2);
    expect(sampleAt(t, -1)).toBe(0);
    expect(sampleAt(t, 0.5)).toBe(1);
    expect(sampleAt(t, 1.9)).toBe(2);
    expect(sampleAt(t, 99)).toBe(3);
  });
  test('are a hundred squares, Drug X among them, the background marked N in naltrexone green', () => {
    const m = momentAt(NALTREXONE, 1.5);
    expect(m.counts.drugX).toBe(33);
    expect(m.counts.background).toBe(60);
    expect(Object.values(m.counts).reduce((a, b) => a + b)).toBe(100);
    expect(m.background).toEqual({ letter: 'N', colour: LIGAND_STYLE.naltrexone.css });
  });
  test('are said in words, with the hour (to a tenth under ten hours)', () => {
    const m = momentAt(NALTREXONE, 1.5);
    expect(m.time).toBe(W.timeValue('1.5'));
    expect(m.words).toBe(W.picture(m.time, 33, 60, W.series.background.naltrexone, 3, 4));
    expect(momentAt(NALTREXONE, 12).time).toBe(W.timeValue('12'));
  });
  test('mark the daily user’s heroin H in heroin orange', () => {
    expect(momentAt({ ...NALTREXONE, experiment: 'opioid' }, 0).background).toEqual({
      letter: 'H',
      colour: LIGAND_STYLE.heroin.css,
    });
  });
});

describe('the sentences under the charts', () => {
  test('give the peaks with Drug X and without it, as whole numbers and percents', () => {
    expect(summaryWords(NALTREXONE)).toEqual([W.summary(33, 40, 32, 8), W.summaryWithout(40, 32, 8)]);
  });
});

describe('the charts', () => {
  test('show the samples inside the chosen window only, the same for every chart', () => {
    const d = drugXChartData(NALTREXONE, 2);
    expect(d.euphoria.xDomain).toEqual([0, 2]);
    expect(Array.from(d.euphoria.series[1]!.x)).toEqual([0, 1, 2]);
    expect(Array.from(d.euphoria.series[1]!.y)).toEqual([0, 40.4, 20]);
    expect(d.withdrawal.series.map((s) => s.className)).toEqual(['dx-without', 'dx-with']);
  });
  test('draw the receptors held by endorphin, the background drug and Drug X, dashed without it', () => {
    const d = drugXChartData(NALTREXONE, 168);
    expect(d.receptors.series.map((s) => s.className)).toEqual([
      'dx-without dx-endorphin',
      'dx-without dx-background dx-background--naltrexone',
      'dx-endorphin',
      'dx-background dx-background--naltrexone',
      'dx-with dx-x',
    ]);
    expect(d.receptors.marks!.map((m) => m.label)).toEqual([W.series.drugX, W.series.background.naltrexone]);
  });
  test('have no background line when Drug X is given alone, and always the danger band on breathing', () => {
    const d = drugXChartData({ ...NALTREXONE, experiment: 'alone' }, 6);
    expect(d.receptors.series).toHaveLength(3);
    expect(d.receptors.marks).toHaveLength(1);
    expect(d.breathing.bands).toEqual([
      { y0: EVENT_THRESHOLDS.overdoseBreathing.value, y1: 1, className: 'dx-danger' },
    ]);
  });
});
