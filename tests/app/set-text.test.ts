// @vitest-environment jsdom
// Text that changes every frame is rewritten in place: the same text node, new data; unchanged text
// is left alone; an element with other children simply gets the text.
import { expect, test } from 'vitest';
import { setText } from '../../src/core/set-text';

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
