// The scene's tally: every binding and unbinding counted, each turned-away molecule counted and
// timed, the drugs named before endorphin, and a frame's span of hours only while playing.
import { describe, expect, test } from 'vitest';
import type { LigandSpec } from '../../src/scene/pacing';
import { countingEffects, createTally, isPlayedSpan, recentlyTurnedAway } from '../../src/scene/scene-tally';
import type { SiteEffects } from '../../src/scene/site-actors';

describe('the scene tally', () => {
  test('counts bindings, unbindings and turned-away molecules, and still tells the view', () => {
    const told: string[] = [];
    const view: SiteEffects = {
      startBinding: (s, l) => told.push(`bind ${s} ${l}`),
      show: (s, l, look) => told.push(`show ${s} ${l} ${look}`),
      lightOff: (s) => told.push(`off ${s}`),
      startUnbinding: (s) => told.push(`unbind ${s}`),
      clear: (s) => told.push(`clear ${s}`),
      bounce: (s, l) => told.push(`bounce ${s} ${l}`),
      turnedAway: (s, l) => told.push(`away ${s} ${l}`),
    };
    const tally = createTally(3);
    expect(tally.lastTurnedMs[2]).toBe(-Infinity);
    const effects = countingEffects(view, tally);
    tally.nowMs = 500;
    effects.startBinding(0, 1);
    effects.show(0, 1, 'lit');
    effects.startUnbinding(0);
    effects.turnedAway(4, 2);
    effects.turnedAway(5, 2);
    effects.bounce(1, 0);
    expect(tally.changes).toBe(2);
    expect([...tally.turned]).toEqual([0, 0, 2]);
    expect(tally.lastTurnedMs[2]).toBe(500);
    expect(told).toEqual(['bind 0 1', 'show 0 1 lit', 'unbind 0', 'away 4 2', 'away 5 2', 'bounce 1 0']);
  });

  test('names the ligands turned away recently, drugs before endorphin', () => {
    const ligands = [
      { name: 'endorphin', cls: 'endogenous' },
      { name: 'heroin', cls: 'agonist' },
      { name: 'fentanyl', cls: 'agonist' },
    ] as unknown as LigandSpec[];
    const last = Float64Array.from([900, 950, -Infinity]);
    expect(recentlyTurnedAway(ligands, last, 1000, 200)).toEqual(['heroin', 'endorphin']);
    expect(recentlyTurnedAway(ligands, last, 1120, 200)).toEqual(['heroin']);
    expect(recentlyTurnedAway(ligands, last, 5000, 200)).toEqual([]);
  });

  test('a frame spans the hours since the last one only while playing and without a jump', () => {
    expect(isPlayedSpan(true, 10, 0.1, 5, 6)).toBe(true);
    expect(isPlayedSpan(true, 10, 0.1, 5, 8)).toBe(true);
    expect(isPlayedSpan(true, 10, 0.1, 5, 8.5)).toBe(false);
    expect(isPlayedSpan(false, 10, 0.1, 5, 6)).toBe(false);
  });
});
