// What the explorer shows for one choice of opioid and naltrexone state: the moment's curve, the same
// day without naltrexone (the shift is measured against it), and the same person while still using
// every day (the tolerance that was lost); the dose that takes half the breathing drive on each, the
// measured dose ratio and the one competitive theory predicts. Curves are kept, so coming back to a
// choice costs nothing. The Schild plot's points come from the same sweeps. Pure: no DOM.
import { EVENT_THRESHOLDS, LIGANDS, RESPONSE, type DoseEvent } from '../../sim/index';
import {
  doseAt,
  fitLine,
  gaddumRatio,
  MOMENTS,
  SCHILD_DAYS,
  STORY,
  sweepCurve,
  type Curve,
  type NaltrexoneState,
  type Opioid,
} from './sweep';

const DAY = 24;
const DANGER = EVENT_THRESHOLDS.overdoseBreathing.value;

export interface Exploration {
  opioid: Opioid;
  state: NaltrexoneState;
  curve: Curve;
  /** The comparisons: absent while they are still to be computed (see `explore`). */
  sameDay?: Curve;
  tolerant?: Curve;
  /** The dose (mg) that takes half the breathing drive on each curve; undefined beyond the sweep. */
  danger: { curve?: number; sameDay?: number; tolerant?: number };
  /** How many times the dose the block asks for, measured on the curves (at the danger line). */
  measuredRatio?: number;
  /** Gaddum's dose ratio for the share of receptors the block holds. */
  predictedRatio: number;
}

export interface SchildPoint {
  label: { day?: number };
  /** log10 of the naltrexone-equivalent level at the receptors, ng/mL (plasma-equivalent). */
  x: number;
  /** log10 (dose ratio - 1). */
  y: number;
}

export interface SchildResult {
  points: SchildPoint[];
  slope: number;
  intercept: number;
}

export interface ExplorerModel {
  /**
   * The choice's curves. With `comparisons` false only the moment's sweep is computed, and the two
   * comparison curves are given if they were computed before: the page draws the asked-for sweep at
   * once and the comparisons a moment later.
   */
  explore(opioid: Opioid, state: NaltrexoneState, comparisons?: boolean): Exploration;
  /** How many of the curves `explore` needs are not computed yet. */
  missing(opioid: Opioid, state: NaltrexoneState): number;
  /** Computes one curve `explore(opioid, state)` will need, if any is missing; false when none is. */
  warmOne(opioid: Opioid, state: NaltrexoneState): boolean;
  /** The Schild plot's points for `opioid`; `pause` lets the page breathe between sweeps. */
  schild(opioid: Opioid, pause?: () => Promise<void>): Promise<SchildResult>;
}

const injectionAt = (dayAfter: number) => ({
  naltrexone: MOMENTS.week1.naltrexone,
  atH: STORY.startH + dayAfter * DAY,
});

/** The swept curves, each computed once: keyed by opioid, naltrexone given and the moment (h). */
function createCurveCache() {
  const cache = new Map<string, Curve>();
  const keyOf = (opioid: Opioid, naltrexone: readonly DoseEvent[], atH: number) =>
    `${opioid}|${JSON.stringify(naltrexone)}|${atH}`;
  return {
    keyOf,
    has: (key: string) => cache.has(key),
    /** The curve if it was computed before. */
    known: (opioid: Opioid, naltrexone: readonly DoseEvent[], atH: number) =>
      cache.get(keyOf(opioid, naltrexone, atH)),
    /** The curve, computed now if it was not before. */
    curve(opioid: Opioid, naltrexone: readonly DoseEvent[], atH: number) {
      const key = keyOf(opioid, naltrexone, atH);
      let c = cache.get(key);
      if (!c) {
        c = sweepCurve(opioid, [STORY.habit, ...naltrexone], atH);
        cache.set(key, c);
      }
      return c;
    },
  };
}
type Curves = ReturnType<typeof createCurveCache>;

/** The curves a choice needs: the moment, the same day without naltrexone, the daily user. */
function needs(curves: Curves, opioid: Opioid, state: NaltrexoneState) {
  const m = MOMENTS[state];
  return [
    { naltrexone: m.naltrexone, atH: m.atH },
    { naltrexone: [], atH: m.atH },
    { naltrexone: [], atH: STORY.tolerantH },
  ].map((n) => ({ ...n, key: curves.keyOf(opioid, n.naltrexone, n.atH) }));
}

/** A choice's curves and what they say (the comparisons only if computed before, without `comparisons`). */
function explore(curves: Curves, opioid: Opioid, state: NaltrexoneState, comparisons: boolean): Exploration {
  const m = MOMENTS[state];
  const c = curves.curve(opioid, m.naltrexone, m.atH);
  const get = (naltrexone: readonly DoseEvent[], atH: number) =>
    comparisons ? curves.curve(opioid, naltrexone, atH) : curves.known(opioid, naltrexone, atH);
  const sameDay = get([], m.atH);
  const tolerant = get([], STORY.tolerantH);
  const danger = {
    curve: doseAt(c, 'breathing', DANGER),
    sameDay: sameDay && doseAt(sameDay, 'breathing', DANGER),
    tolerant: tolerant && doseAt(tolerant, 'breathing', DANGER),
  };
  return {
    opioid,
    state,
    curve: c,
    ...(sameDay ? { sameDay } : {}),
    ...(tolerant ? { tolerant } : {}),
    danger,
    measuredRatio:
      danger.curve !== undefined && danger.sameDay !== undefined ? danger.curve / danger.sameDay : undefined,
    predictedRatio: gaddumRatio(c.blocked),
  };
}

/** The dose ratio at the danger line between a moment and the same day without naltrexone. */
function ratioAt(curves: Curves, opioid: Opioid, naltrexone: readonly DoseEvent[], atH: number) {
  const c = curves.curve(opioid, naltrexone, atH);
  const a = doseAt(c, 'breathing', DANGER);
  const b = doseAt(curves.curve(opioid, [], atH), 'breathing', DANGER);
  return { ratio: a !== undefined && b !== undefined ? a / b : undefined, blocked: c.blocked };
}

/** The Schild plot: a point for each week of the injection's decline and the tablets' low point. */
async function schild(curves: Curves, opioid: Opioid, pause: () => Promise<void>): Promise<SchildResult> {
  const moments = [
    ...SCHILD_DAYS.map((day) => ({ ...injectionAt(day), label: { day } })),
    { ...MOMENTS.tablets, label: {} },
  ];
  const kd = LIGANDS.naltrexone.kd.value;
  const tone = RESPONSE.endorphinTone.value;
  const points: SchildPoint[] = [];
  for (const m of moments) {
    await pause();
    const { ratio, blocked } = ratioAt(curves, opioid, m.naltrexone, m.atH);
    if (ratio === undefined || ratio <= 1 || blocked <= 0) continue;
    // The share held against endorphin alone gives B/K_B = blocked (1 + tone) / (1 - blocked).
    const level = (kd * blocked * (1 + tone)) / (1 - blocked);
    points.push({ label: m.label, x: Math.log10(level), y: Math.log10(ratio - 1) });
  }
  const { slope, intercept } = fitLine(
    points.map((p) => p.x),
    points.map((p) => p.y),
  );
  return { points, slope, intercept };
}

export function createExplorerModel(): ExplorerModel {
  const curves = createCurveCache();
  return {
    explore: (opioid, state, comparisons = true) => explore(curves, opioid, state, comparisons),
    missing: (opioid, state) =>
      new Set(
        needs(curves, opioid, state)
          .filter((n) => !curves.has(n.key))
          .map((n) => n.key),
      ).size,
    warmOne(opioid, state) {
      const next = needs(curves, opioid, state).find((n) => !curves.has(n.key));
      if (next) curves.curve(opioid, next.naltrexone, next.atH);
      return next !== undefined;
    },
    schild: (opioid, pause = async () => undefined) => schild(curves, opioid, pause),
  };
}
