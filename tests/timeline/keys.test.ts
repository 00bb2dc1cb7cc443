// @vitest-environment jsdom
// The keyboard map: Space plays, arrows step (Shift a day), Home and End, + and - for speed, brackets
// zoom, PageUp/PageDown pan; typing in a field or pressing a button is never taken over.
import { describe, expect, test } from 'vitest';
import { keyAction, takesKey } from '../../src/timeline/keys';

describe('timeline keys', () => {
  test('each documented key maps to its action', () => {
    expect(keyAction({ key: ' ' })).toEqual({ type: 'TOGGLE' });
    expect(keyAction({ key: 'ArrowRight' })).toEqual({ type: 'STEP', direction: 1, large: false });
    expect(keyAction({ key: 'ArrowLeft', shiftKey: true })).toEqual({
      type: 'STEP',
      direction: -1,
      large: true,
    });
    expect(keyAction({ key: 'Home' })).toEqual({ type: 'HOME' });
    expect(keyAction({ key: 'End' })).toEqual({ type: 'END' });
    expect(keyAction({ key: '+' })).toEqual({ type: 'FASTER' });
    expect(keyAction({ key: '-' })).toEqual({ type: 'SLOWER' });
    expect(keyAction({ key: ']' })).toEqual({ type: 'ZOOM', factor: 2 });
    expect(keyAction({ key: '[' })).toEqual({ type: 'ZOOM', factor: 0.5 });
    expect(keyAction({ key: 'PageDown' })).toEqual({ type: 'PAN', fraction: 0.5 });
    expect(keyAction({ key: '0' })).toEqual({ type: 'FIT' });
  });

  test('browser and system shortcuts are left alone', () => {
    expect(keyAction({ key: '+', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyAction({ key: 'a' })).toBeNull();
  });

  test('keys typed into fields, and Space or Enter on buttons, stay with those controls', () => {
    const el = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild!;
    };
    expect(takesKey(el('<input type="number">'), 'ArrowLeft')).toBe(false);
    expect(takesKey(el('<select></select>'), 'ArrowLeft')).toBe(false);
    expect(takesKey(el('<input type="range">'), 'ArrowLeft')).toBe(true);
    expect(takesKey(el('<button>x</button>'), ' ')).toBe(false);
    expect(takesKey(el('<button>x</button>'), 'ArrowRight')).toBe(true);
    expect(takesKey(el('<input type="checkbox">'), ' ')).toBe(false);
    expect(takesKey(el('<div tabindex="0"></div>'), ' ')).toBe(true);
  });
});
