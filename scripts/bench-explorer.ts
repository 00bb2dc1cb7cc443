// The dose-shift explorer's recompute time for `npm run bench` (issue 15: a sweep of at least 30
// doses recomputes within 100 ms when a choice changes). The page computes the asked-for sweep first
// and draws it, then the two comparison curves; both times are reported.
//  - node: the explorer's own code (src/explorer/model.ts) in this process, with an empty cache for
//    every choice: a new opioid needs three sweeps (the moment, the same day without naltrexone, the
//    daily user), a new state one or two; one sweep alone is the moment's 32 doses.
//  - page: the built app in Chromium; the explorer is opened, then each other opioid is chosen at
//    once (before the idle-time precomputation reaches it) and the time the page records for that
//    choice is read, with how many sweeps it computed.
import type { Browser } from 'playwright-core';
import { createExplorerModel } from '../src/explorer/model';
import { MOMENTS, OPIOIDS, STATES, STORY, SWEEP, sweepCurve, type Opioid } from '../src/explorer/sweep';
import { explorerSettled } from './browser';
import { quantile } from './soak';

const round = (x: number) => Math.round(x * 10) / 10;
const TARGET_MS = 100;

function stats(times: number[]) {
  return { medianMs: round(quantile(times, 0.5)), maxMs: round(Math.max(...times)), runs: times.length };
}

/** Engine-side figures, in Node. */
export function explorerNodeMs() {
  const opioids = Object.keys(OPIOIDS) as Opioid[];
  createExplorerModel().explore('heroin', 'week4'); // warm-up (the page pays it on first opening)
  const newOpioid: number[] = [];
  const newState: number[] = [];
  const oneSweep: number[] = [];
  for (const opioid of opioids)
    for (const [i, state] of STATES.entries()) {
      const model = createExplorerModel();
      let t0 = performance.now();
      model.explore(opioid, state);
      newOpioid.push(performance.now() - t0);
      t0 = performance.now();
      model.explore(opioid, STATES[(i + 2) % STATES.length]!);
      newState.push(performance.now() - t0);
      const m = MOMENTS[state];
      t0 = performance.now();
      sweepCurve(opioid, [STORY.habit, ...m.naltrexone], m.atH);
      oneSweep.push(performance.now() - t0);
    }
  return {
    doses_per_sweep: SWEEP.count,
    new_opioid_3_sweeps: stats(newOpioid),
    new_state_1_or_2_sweeps: stats(newState),
    one_sweep: stats(oneSweep),
  };
}

/** In the page: the recompute time the explorer records for a choice it had not computed. */
export async function benchExplorerPage(o: { url: string; browser: Browser }) {
  const page = await o.browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${o.url}?mode=student`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('.header-more-button');
    await page.click('.open-explorer');
    const settled = (choice: string) => explorerSettled(page, choice, 120_000);
    await settled('heroin/week4');
    const first = await page.evaluate(() => document.querySelector<HTMLElement>('.explorer')!.dataset);
    const choices: { choice: string; sweepMs: number; allMs: number; sweeps: number }[] = [];
    for (const opioid of Object.keys(OPIOIDS).filter((op) => op !== 'heroin')) {
      await page.selectOption('#ex-opioid', opioid);
      await settled(`${opioid}/week4`);
      const d = await page.evaluate(() => ({ ...document.querySelector<HTMLElement>('.explorer')!.dataset }));
      choices.push({
        choice: d.choice!,
        sweepMs: Number(d.sweepMs),
        allMs: Number(d.recomputeMs),
        sweeps: Number(d.curves),
      });
    }
    const cold = choices.filter((c) => c.sweeps > 0);
    return {
      first_opening: { sweepMs: Number(first.sweepMs), allMs: Number(first.recomputeMs) },
      new_opioid_sweep: cold.length ? stats(cold.map((c) => c.sweepMs)) : null,
      new_opioid_all_3_sweeps: cold.length ? stats(cold.map((c) => c.allMs)) : null,
      choices,
    };
  } finally {
    await page.close();
  }
}

export const EXPLORER_TARGET_MS = TARGET_MS;
