// Data preparation for the charts, on known numbers: stack order and sums, the log range of drug
// levels, the COWS bands and the readout of every series at one moment.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COWS_BANDS } from '../../sim/index';
import { readoutAt, formatLevel } from '../../src/timeline/readout';
import { cowsBand, cowsBands } from '../../src/core/cows';
import { maxTracker, occupancyOrder, plasmaDomain, stackOccupancy } from '../../src/timeline/series';
import { tinyTimeline } from './fixtures';

describe('chart data', () => {
  test('occupancy stacks by class: endorphin, agonists, partial agonists, antagonists, free', () => {
    expect(occupancyOrder(['free', 'naltrexone', 'heroin', 'buprenorphine', 'endorphin', '6-MAM'])).toEqual([
      'endorphin',
      'heroin',
      '6-MAM',
      'buprenorphine',
      'naltrexone',
      'free',
    ]);
  });

  test('stacked layers are cumulative and the top reaches 1 at every sample', () => {
    const layers = stackOccupancy(tinyTimeline(), 0, 2, 100);
    const top = layers.at(-1)!;
    expect(Array.from(top.upper)).toEqual([1, 1, 1]);
    for (let k = 1; k < layers.length; k++) expect(layers[k]!.lower).toEqual(layers[k - 1]!.upper);
    expect(Array.from(layers[1]!.upper)).toEqual([0.1, 0.5, 0.1]);
  });

  test('the log range runs from 0.01 ng/mL to the decade above the highest level shown', () => {
    const tl = tinyTimeline();
    expect(plasmaDomain(tl.plasma_ng_ml, ['heroin', 'naltrexone'])).toEqual([0.01, 1000]);
    expect(plasmaDomain(tl.plasma_ng_ml, ['naltrexone'])).toEqual([0.01, 10]);
    expect(plasmaDomain(tl.plasma_ng_ml, [])).toEqual([0.01, 1]);
  });

  test('COWS bands: none under 5, mild 5-12, moderate 13-24, moderately severe 25-36, severe 37+', () => {
    expect(cowsBands().map((b) => [b.key, b.from, b.to])).toEqual([
      ['none', 0, 5],
      ['mild', 5, 13],
      ['moderate', 13, 25],
      ['moderatelySevere', 25, 37],
      ['severe', 37, COWS_BANDS.max],
    ]);
    expect([0, 4.9, 5, 12.9, 13, 24, 25, 36.5, 37, 48].map(cowsBand)).toEqual([
      'none',
      'none',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'moderatelySevere',
      'moderatelySevere',
      'severe',
      'severe',
    ]);
  });
});

describe('readout', () => {
  test('reads every series at the sample at or before the time', () => {
    const r = readoutAt(tinyTimeline(), 1.4);
    expect(r.time).toBe('day 0, 01:24');
    const v = Object.fromEntries(r.rows.map((row) => [row.key, row.value]));
    expect(v).toMatchObject({
      euphoria: '50 / 100',
      withdrawal: 'COWS 24, moderate',
      breathing: '50%',
      signal: '80%',
      'occupancy.heroin': '50%',
      'occupancy.free': '25%',
      'plasma.heroin': '1000',
      'plasma.naltrexone': '1',
    });
  });

  test('says the moment in one sentence for screen readers', () => {
    expect(readoutAt(tinyTimeline(), 1).sentence).toBe(
      'day 0, 01:00. Euphoria 50. Withdrawal COWS 24, moderate. Breathing 50% lost. Receptors held: heroin 50%, naltrexone 25%.',
    );
  });

  test('levels read without exponents', () => {
    expect([0, 1e-22, 0.042, 3.14159, 250.4, 16123].map(formatLevel)).toEqual([
      '0',
      '< 0.01',
      '0.042',
      '3.1',
      '250',
      '16123',
    ]);
  });
});

describe('stack order beyond the catalogue', () => {
  test('free is always on top, a name the catalogue does not know just under it, ties in the given order', () => {
    expect(occupancyOrder(['free', 'mystery', 'naltrexone', 'heroin', 'endorphin'])).toEqual([
      'endorphin',
      'heroin',
      'naltrexone',
      'mystery',
      'free',
    ]);
    expect(occupancyOrder(['morphine', 'heroin', 'fentanyl'])).toEqual(['morphine', 'heroin', 'fentanyl']);
    expect(occupancyOrder(['fentanyl', 'heroin', 'morphine'])).toEqual(['fentanyl', 'heroin', 'morphine']);
  });
});

describe('a series peak kept between redraws', () => {
  test('after edits from any sample on, it is the peak of the series as it now is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 3000 }),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1e4, noNaN: true })), { maxLength: 5 }),
        (start, edits) => {
          const v = Float64Array.from(start);
          const peak = maxTracker();
          expect(peak(v, 0)).toBe(Math.max(...v));
          for (const [at, value] of edits) {
            const from = at % v.length;
            v.fill(value, from);
            expect(peak(v, from)).toBe(Math.max(...v));
          }
        },
      ),
    );
  });
  test('an edit that lowers the peak early in a long series (four blocks of samples) is seen', () => {
    const v = Float64Array.from({ length: 2000 }, (_, i) => (i === 100 ? 50 : i % 7));
    const peak = maxTracker();
    expect(peak(v, 0)).toBe(50);
    v[100] = 0;
    expect(peak(v, 60)).toBe(6);
  });
});
