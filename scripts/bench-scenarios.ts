// The engine benchmark's scenarios (issue 6 and issue 11): pure data, shared by `npm run bench` and
// the bundled engine runner it starts (scripts/bench-engine-run.ts).
import type { Scenario } from '../sim/index';

const DAY = 24;

/** Sixty days of daily heroin, then naltrexone tablets daily from day 7; 5-minute output. */
export function benchScenario(days: number): Scenario {
  const to_h = (days - 60) * DAY;
  return {
    title: `${days}-day benchmark`,
    from_h: -60 * DAY,
    to_h,
    step_min: 5,
    doses: [
      { drug: 'heroin', route: 'iv', mg: 25, at_h: -60 * DAY, every_h: DAY, until_h: 0 },
      { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 7 * DAY, every_h: DAY, until_h: to_h },
    ],
  };
}

/**
 * A heavy 90-day timeline: a 60-day history of 20 mg IV heroin every 8 hours, then naltrexone by mouth
 * (25 mg on day 7, 50 mg daily on days 8-17), the monthly injection on day 18, and heroin 25 mg on
 * day 30 and 40 mg on day 70; 5-minute output over the 90 days from the last heroin of the habit.
 */
export function heavyScenario(): Scenario {
  return {
    title: 'heavy 90-day benchmark',
    from_h: -60 * DAY,
    output_from_h: 0,
    to_h: 90 * DAY,
    step_min: 5,
    doses: [
      { drug: 'heroin', route: 'iv', mg: 20, at_h: -60 * DAY, every_h: 8, until_h: -8 },
      { drug: 'naltrexone', route: 'oral', mg: 25, at_h: 7 * DAY },
      { drug: 'naltrexone', route: 'oral', mg: 50, at_h: 8 * DAY, every_h: DAY, until_h: 17 * DAY },
      { drug: 'naltrexone', route: 'im', mg: 380, at_h: 18 * DAY },
      { drug: 'heroin', route: 'iv', mg: 25, at_h: 30 * DAY },
      { drug: 'heroin', route: 'iv', mg: 40, at_h: 70 * DAY },
    ],
  };
}
