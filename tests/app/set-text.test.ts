// @vitest-environment jsdom
// Text that changes every frame is rewritten in place: the same text node, new data; unchanged text,
// styles and flags are left alone (a write of the same value still restyles the element); an
// element with other children simply gets the text.
import { expect, test } from 'vitest';
import { setRoom } from '../../src/core/page-room';
import { setAttr, setProp, setStyle, setText } from '../../src/core/set-text';

test('rewrites the text node in place, and leaves unchanged text alone', () => {
  const el = document.createElement('p');
  setText(el, 'day 1');
  const node = el.firstChild;
  expect(el.textContent).toBe('day 1');
  setText(el, 'day 2');
  expect(el.firstChild).toBe(node);
  expect(el.textContent).toBe('day 2');
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((r) => seen.push(...r));
  observer.observe(el, { subtree: true, characterData: true, childList: true });
  expect(setText(el, 'day 2')).toBe(false);
  expect(observer.takeRecords()).toEqual([]);
  expect(setText(el, 'day 3')).toBe(true);
  observer.disconnect();
});

test('an element holding other nodes gets plain text', () => {
  const el = document.createElement('p');
  el.append(document.createElement('b'), 'x');
  setText(el, 'plain');
  expect(el.childNodes.length).toBe(1);
  expect(el.textContent).toBe('plain');
});

test('inline styles and custom properties are written only when their value changes', () => {
  const el = document.createElement('div');
  const observer = new MutationObserver(() => undefined);
  observer.observe(el, { attributes: true });
  expect(setStyle(el, '--lanes', '2')).toBe(true);
  expect(setStyle(el, 'left', '12px')).toBe(true);
  expect(observer.takeRecords()).toHaveLength(2);
  expect(setStyle(el, '--lanes', '2')).toBe(false);
  expect(setStyle(el, 'left', '12px')).toBe(false);
  expect(observer.takeRecords()).toEqual([]);
  expect(setStyle(el, '--lanes', '3')).toBe(true);
  expect(el.style.getPropertyValue('--lanes')).toBe('3');
  observer.disconnect();
});

test('hidden, disabled and dataset entries are written only when they change', () => {
  const b = document.createElement('button');
  const observer = new MutationObserver(() => undefined);
  observer.observe(b, { attributes: true });
  setProp(b, 'hidden', true);
  setProp(b, 'disabled', true);
  setProp(b.dataset, 'phase', 'narrate');
  expect(observer.takeRecords()).toHaveLength(3);
  setProp(b, 'hidden', true);
  setProp(b, 'disabled', true);
  setProp(b.dataset, 'phase', 'narrate');
  expect(observer.takeRecords()).toEqual([]);
  setProp(b, 'hidden', false);
  expect(b.hasAttribute('hidden')).toBe(false);
  observer.disconnect();
});

test('attributes are written, or removed, only when they change', () => {
  const input = document.createElement('input');
  const observer = new MutationObserver(() => undefined);
  observer.observe(input, { attributes: true });
  setAttr(input, 'aria-invalid', 'true');
  setAttr(input, 'aria-invalid', 'true');
  setAttr(input, 'aria-describedby', null);
  expect(observer.takeRecords()).toHaveLength(1);
  setAttr(input, 'aria-invalid', null);
  expect(input.hasAttribute('aria-invalid')).toBe(false);
  expect(observer.takeRecords()).toHaveLength(1);
  observer.disconnect();
});

test('the layout variables go on the picture column, not the root', () => {
  const column = document.body.appendChild(document.createElement('section'));
  column.id = 'scene-panel';
  setRoom('--tl-track-lanes', '2');
  expect(column.style.getPropertyValue('--tl-track-lanes')).toBe('2');
  expect(document.documentElement.style.getPropertyValue('--tl-track-lanes')).toBe('');
  column.remove();
  // A page without the picture (a test page) still gets them, on the root.
  setRoom('--tl-track-lanes', '3');
  expect(document.documentElement.style.getPropertyValue('--tl-track-lanes')).toBe('3');
});
