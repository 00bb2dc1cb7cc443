// The unknown-drug exercise: the seed draws the same hidden profile everywhere and every profile can
// come up, each kind about as often; the engine's answers are clear-cut (each profile's duration well
// inside its class, the kinds told apart by the experiments the student runs); Drug X's share of
// receptors is its own even when the background makes the same molecules; and a link carries the
// seed and nothing that names the drug.
import { describe, expect, test } from 'vitest';
import {
  DRUG_X_AT_H,
  DRUG_X_LESSON_SEED,
  DRUG_X_PROFILES,
  DRUG_X_SEEDS,
  drugXKind,
  drugXProfile,
  drugXScenario,
  lessonById,
  LESSONS,
  type DrugXProfile,
} from '../../sim/index';
import { parseUrl, toSearch, type UrlWorld } from '../../src/app/url-state';
import { DURATION_LIMITS_H, drugXFacts, durationOf, judge } from '../../src/drugx/answer';
import { runExperiment } from '../../src/drugx/runs';

const ALL = Object.values(DRUG_X_PROFILES).flat();

describe('the seed', () => {
  test('the same seed gives the same drug; every profile comes up; each kind about a third of the time', () => {
    expect(drugXProfile(4242)).toBe(drugXProfile(4242));
    const seen = new Map<DrugXProfile, number>();
    const kinds = new Map<string, number>();
    const n = 3000;
    for (let seed = 1; seed <= n; seed++) {
      const p = drugXProfile(seed);
      seen.set(p, (seen.get(p) ?? 0) + 1);
      kinds.set(drugXKind(p), (kinds.get(drugXKind(p)) ?? 0) + 1);
    }
    expect(seen.size).toBe(ALL.length);
    for (const count of kinds.values()) {
      expect(count / n).toBeGreaterThan(0.28);
      expect(count / n).toBeLessThan(0.39);
    }
  });

  test('npm run simulate -- unknown-drug runs Drug X of the lesson seed, given alone', () => {
    const lesson = lessonById('unknown-drug')!;
    expect(LESSONS.at(-1)).toBe(lesson);
    expect(lesson.scenario).toEqual(drugXScenario(drugXProfile(DRUG_X_LESSON_SEED), 'alone'));
    // The app shows only the variant: its steps never load the hidden drug.
    expect(lesson.variants.map((v) => v.scenario.doses.map((d) => d.drug))).toEqual([['naloxone']]);
  });
});

describe('the answers are clear-cut in the engine', () => {
  const facts = new Map(ALL.map((p) => [p, drugXFacts(p, DRUG_X_AT_H)]));
  test.each(ALL.map((p) => [`${p.drug} ${p.mg} mg ${p.route}`, p] as const))('%s', (_name, p) => {
    const f = facts.get(p)!;
    // How long it acts is at least 1.5 times away from either edge of its class.
    for (const edge of Object.values(DURATION_LIMITS_H))
      expect(Math.max(f.holdH / edge, edge / f.holdH), `${f.holdH} h`).toBeGreaterThan(1.5);
    expect(durationOf(f.holdH)).toBe(f.duration);
    if (f.kind === 'antagonist') {
      // Alone, nothing shows in the curves; in the dependent person, sudden severe withdrawal.
      expect(f.aloneEuphoria).toBe(0);
      expect(f.aloneBreathing).toBe(0);
      expect(f.alonePct).toBeGreaterThan(50);
      expect(f.withdrawalWith).toBeGreaterThanOrEqual(25);
      expect(f.withdrawalWith).toBeGreaterThan(f.withdrawalWithout + 10);
    } else {
      // An agonist gives a high alone, naltrexone blocks it.
      expect(f.aloneEuphoria).toBeGreaterThanOrEqual(10);
      expect(f.blockedEuphoria).toBeLessThan(2);
      // Sixteen times the usual amount: the danger zone for a full agonist, a ceiling below it for a partial one.
      expect(f.largeDanger).toBe(f.kind === 'agonist');
    }
  });

  test('the check: right only when both the kind and the duration are right', () => {
    const f = facts.get(DRUG_X_PROFILES.antagonist[0]!)!;
    expect(judge(f, 'antagonist', f.duration)).toEqual({ kindRight: true, durationRight: true });
    expect(judge(f, 'agonist', f.duration)).toEqual({ kindRight: false, durationRight: true });
  });
});

describe('receptors held by Drug X', () => {
  test('when the background makes the same molecule, Drug X has only what it adds', () => {
    const naltrexone = DRUG_X_PROFILES.antagonist.find((p) => p.drug === 'naltrexone')!;
    const e = runExperiment(naltrexone, 'naltrexone');
    const s = e.withX.shares;
    for (let i = 0; i < e.withX.t.length; i += 97) {
      expect(s.drugX[i]! + s.background[i]! + s.endorphin[i]! + s.free[i]!).toBeCloseTo(1, 9);
      if (e.withX.t[i]! < DRUG_X_AT_H) expect(s.drugX[i]!).toBe(0);
    }
    // Before Drug X, all the naltrexone is the background's: the same as the run without it.
    expect(s.background[0]).toBeCloseTo(e.withoutX.shares.background[0]!, 12);
  });
});

describe('the address', () => {
  const world: UrlWorld = {
    lessonIds: ['endorphins'],
    steps: () => 1,
    choices: () => [],
    scenario: () => ({ to_h: 24, doses: [] }),
    defaultLesson: 'endorphins',
  };
  test('carries the seed and nothing that names the drug', () => {
    for (const p of ALL) {
      const seed = Array.from({ length: 5000 }, (_, i) => i + 1).find((s) => drugXProfile(s) === p)!;
      const search = toSearch({ drugx: seed });
      expect(search).toBe(`?drugx=${seed}`);
      expect(search).not.toContain(p.drug);
      expect(parseUrl(search, world)).toEqual({ state: { drugx: seed }, notes: [] });
    }
  });
  test.each(['0', '1000000', 'abc', '12.5', '-3', ''])('refuses drugx=%s with a note', (v) => {
    const r = parseUrl(`?drugx=${v}`, world);
    expect(r.state.drugx).toBeUndefined();
    expect(r.notes).toEqual([`drugx: "${v}" is not a valid value`]);
  });
  test('the seeds a lecturer can type', () => {
    expect(parseUrl(`?drugx=${DRUG_X_SEEDS.min}`, world).state.drugx).toBe(DRUG_X_SEEDS.min);
    expect(parseUrl(`?drugx=${DRUG_X_SEEDS.max}`, world).state.drugx).toBe(DRUG_X_SEEDS.max);
  });
});
