// Every ligand has a mark of its own: a shape no other ligand has (so greyscale and every colour vision
// still tell them apart, heroin, 6-MAM and morphine included) and a colour of its own; the scene's
// atlas, its key, the charts' legends and the dose track all draw the one geometry.
import { describe, expect, test } from 'vitest';
import { LIGAND_NAMES } from '../../sim/index';
import { shapeOutlines, shapePath } from '../../src/core/shapes';
import { LIGAND_STYLE } from '../../src/theme';

describe('each ligand has its own mark', () => {
  const styles = LIGAND_NAMES.map((name) => [name, LIGAND_STYLE[name]] as const);
  test('no two ligands share a shape', () => {
    const shapes = styles.map(([, s]) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
  test('free receptors have a mark no ligand has (the receptors chart keys them side by side)', () => {
    expect(styles.map(([, s]) => s.shape)).not.toContain(LIGAND_STYLE.free.shape);
  });
  test('no two ligands share a colour', () => {
    const colours = styles.map(([, s]) => s.css);
    expect(new Set(colours).size).toBe(colours.length);
  });
  test('heroin and what the body makes of it are three different shapes', () => {
    const family = ['heroin', '6-MAM', 'morphine'] as const;
    expect(new Set(family.map((l) => shapePath(LIGAND_STYLE[l].shape, 10))).size).toBe(3);
  });
  test('every shape is closed outlines around its centre, within 1.25 radii', () => {
    for (const [, s] of [...styles, ['free', LIGAND_STYLE.free] as const])
      for (const outline of shapeOutlines(s.shape, 10)) {
        expect(outline.length).toBeGreaterThanOrEqual(3);
        for (const [x, y] of outline) expect(Math.hypot(x, y)).toBeLessThanOrEqual(12.5 * Math.SQRT2);
      }
  });
});
