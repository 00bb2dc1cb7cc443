// The synapse backdrop's geometry: the vesicles stay where they were on every redraw (their own
// fixed seed), every third one docks at the nerve ending's lower edge, the rest sit inside it, and
// the membrane has a lipid every 8 units with a head on each face.
import { describe, expect, test } from 'vitest';
import { membranePaths, terminalPath, vesicles } from '../../src/scene/synapse-shapes';

describe('the synapse backdrop', () => {
  test('the terminal is one closed outline whose lower edge is at the given height', () => {
    const d = terminalPath(700, 120);
    expect(d.startsWith('M-10,-10 H710 V84')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d).toContain('H36 Q-10,120');
  });
  test('vesicles: one per 70 units, the same on every call, docked or inside the terminal', () => {
    const a = vesicles(700, 120);
    expect(a.circles).toHaveLength(10);
    expect(vesicles(700, 120)).toEqual(a);
    a.circles.forEach(({ y, r }, i) => {
      expect(r).toBeGreaterThanOrEqual(13);
      expect(r).toBeLessThan(18);
      if (i % 3 === 1) expect(y).toBeCloseTo(120 - r - 4, 9);
      else {
        expect(y).toBeGreaterThanOrEqual(14);
        expect(y + r).toBeLessThanOrEqual(120 - 36);
      }
    });
    expect(a.dots.match(/M/g)).toHaveLength(40);
  });
  test('the membrane: a tail and two heads for each lipid, 8 units apart', () => {
    const { tails, heads } = membranePaths(40, 100, 130);
    expect(tails).toBe('M2,100V130M10,100V130M18,100V130M26,100V130M34,100V130');
    expect(heads.match(/M/g)).toHaveLength(10);
    expect(heads.startsWith('M-1.4,100 a3.4,3.4')).toBe(true);
  });
});
