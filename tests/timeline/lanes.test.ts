// Dose markers and event flags close in time take separate lanes, so no button covers another.
import { describe, expect, test } from 'vitest';
import { assignLanes } from '../../src/timeline/dose-track';

describe('lanes', () => {
  test('marks apart share the first lane', () => {
    expect(
      assignLanes([
        [0, 28],
        [40, 68],
        [100, 128],
      ]),
    ).toEqual([0, 0, 0]);
  });

  test('an overlapping mark drops to the next free lane, and a later one climbs back', () => {
    expect(
      assignLanes([
        [0, 28],
        [10, 38],
        [20, 48],
        [50, 78],
      ]),
    ).toEqual([0, 1, 2, 0]);
  });

  test('lanes are given in the input order, whatever order the marks come in', () => {
    expect(
      assignLanes([
        [10, 38],
        [0, 28],
      ]),
    ).toEqual([1, 0]);
  });

  test('the gap counts: touching marks need it between them', () => {
    expect(
      assignLanes(
        [
          [0, 28],
          [29, 57],
        ],
        2,
      ),
    ).toEqual([0, 1]);
    expect(
      assignLanes(
        [
          [0, 28],
          [30, 58],
        ],
        2,
      ),
    ).toEqual([0, 0]);
  });
});
