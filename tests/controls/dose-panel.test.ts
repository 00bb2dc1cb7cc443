// @vitest-environment jsdom
// The dose panel in a DOM: giving a dose adds it to the scenario (and the timeline recomputes);
// removing it from the list takes it away; a bad scenario file is refused with its message and the
// session stays as it was.
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { simulate, type Scenario } from '../../sim/index';
import { createStore, type Store } from '../../src/core/store';
import { mountDosePanel } from '../../src/controls/index';
import { doseEdits } from '../../src/app/doses';
import { nextPaint } from '../../src/core/after-paint';

const start: Scenario = { title: 'Two days', to_h: 48, step_min: 10, doses: [] };
let store: Store;
let host: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="p"></div>';
  host = document.getElementById('p')!;
  store = createStore(start, { timeH: 6 });
  mountDosePanel(host, store, doseEdits(store));
});

// The dose form follows the cursor once it has rested (a 150 ms timer): let the last one fire before
// jsdom is torn down, or on a busy machine it fires into a closed window ("Node is not defined").
afterAll(() => new Promise((done) => setTimeout(done, 400)));

/** Waits for the next paint: the panel's words follow a change just after it (work asked for
 *  earlier runs first). */
const nextTask = () => new Promise<void>((done) => nextPaint(done));
const $ = <T extends Element>(sel: string) => host.querySelector<T>(sel)!;
const labelled = <T extends HTMLElement>(text: string) =>
  [...host.querySelectorAll('label')].find((l) => l.textContent === text)!.control as T;

describe('dose panel', () => {
  test('every control has a label', () => {
    for (const el of host.querySelectorAll('input, select')) {
      const input = el as HTMLInputElement;
      expect(input.labels?.length ?? 0, input.outerHTML).toBeGreaterThan(0);
    }
  });

  test('giving the default dose adds naltrexone 50 mg by mouth at the cursor', async () => {
    $<HTMLFormElement>('form').requestSubmit();
    expect(store.get().scenario.doses).toEqual([{ drug: 'naltrexone', route: 'oral', mg: 50, at_h: 6 }]);
    // The timeline was recomputed for the new scenario: naltrexone appears at 6 h, not before.
    const { timeline } = store.get();
    expect(Array.from(timeline.plasma_ng_ml.naltrexone!)).toEqual(
      Array.from(simulate(store.get().scenario).plasma_ng_ml.naltrexone!),
    );
    const six = timeline.t_h.indexOf(6);
    expect(Math.max(...timeline.plasma_ng_ml.naltrexone!.subarray(0, six + 1))).toBe(0);
    expect(Math.max(...timeline.plasma_ng_ml.naltrexone!.subarray(six))).toBeGreaterThan(5);
    // The words that describe it wait for the paint.
    expect($('.dp-list li')).toBeNull();
    await nextTask();
    expect($('[role="status"]').textContent).toBe('Gave Naltrexone 50 mg by mouth, day 0, 06:00.');
    expect($('.dp-list li').textContent).toMatch(/Naltrexone 50 mg by mouth/);
  });

  test('a dose goes at the cursor as it is now; the form shows the cursor a moment later', () => {
    vi.useFakeTimers();
    try {
      const now = () => $('.dp-when strong').textContent;
      expect(now()).toMatch(/day 0, 06:00/);
      store.setTime(30);
      // The picture follows between frames, not in the frame that answers the scrub...
      expect(now()).toMatch(/day 0, 06:00/);
      // ...but the dose is already given at the new cursor.
      $<HTMLFormElement>('form').requestSubmit();
      expect(store.get().scenario.doses.at(-1)?.at_h).toBe(30);
      vi.advanceTimersByTime(200);
      expect(now()).toMatch(/day 1, 06:00/);
      expect(labelled<HTMLInputElement>('Day').value).toBe('1');
    } finally {
      vi.useRealTimers();
    }
  });

  test('while the cursor keeps moving the form waits, and shows where it rests', () => {
    vi.useFakeTimers();
    try {
      const now = () => $('.dp-when strong').textContent;
      for (let h = 7; h <= 17; h++) {
        store.setTime(h);
        vi.advanceTimersByTime(50);
      }
      expect(now()).toMatch(/day 0, 06:00/);
      vi.advanceTimersByTime(200);
      expect(now()).toMatch(/day 0, 17:00/);
    } finally {
      vi.useRealTimers();
    }
  });

  test('choosing a drug offers its routes and usual amounts', () => {
    const drug = labelled<HTMLSelectElement>('Drug');
    drug.value = 'naloxone';
    drug.dispatchEvent(new Event('change'));
    const route = labelled<HTMLSelectElement>('Route');
    expect([...route.options].map((o) => o.value)).toEqual(['intranasal', 'iv', 'im']);
    expect([...host.querySelectorAll('.dp-chip')].map((b) => b.textContent)).toEqual(['4 mg', '8 mg']);
    route.value = 'iv';
    route.dispatchEvent(new Event('change'));
    expect(labelled<HTMLInputElement>('Amount (mg)').value).toBe('0.4');
  });

  test('a dose at a chosen time, repeated daily', () => {
    $<HTMLInputElement>('input[value="at"]').click();
    labelled<HTMLInputElement>('Day').value = '1';
    labelled<HTMLInputElement>('Time of day').value = '08:30';
    host.querySelector<HTMLInputElement>('.dp-repeat input[type="checkbox"]')!.click();
    labelled<HTMLInputElement>('Until day').value = '1';
    $<HTMLFormElement>('form').requestSubmit();
    expect(store.get().scenario.doses[0]).toMatchObject({
      at_h: 32.5,
      every_h: 24,
      until_h: 24 + 23 + 59 / 60,
    });
  });

  test('a time outside the scenario is refused beside the day, which is marked, and nothing changes', () => {
    $<HTMLInputElement>('input[value="at"]').click();
    const day = labelled<HTMLInputElement>('Day');
    day.value = '9';
    $<HTMLFormElement>('form').requestSubmit();
    expect(store.get().scenario).toBe(start);
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(day.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Enter a day from day 0, 00:00 to day 2, 00:00.',
    );
  });

  test('a bad amount is named beside the field in plain words, and the field is marked', () => {
    const mg = labelled<HTMLInputElement>('Amount (mg)');
    mg.value = '-5';
    $<HTMLFormElement>('form').requestSubmit();
    expect(store.get().scenario).toBe(start);
    expect(mg.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(mg.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Enter an amount above 0 mg.',
    );
    expect(host.textContent).not.toMatch(/doses\[/);
    mg.value = '25';
    $<HTMLFormElement>('form').requestSubmit();
    expect(mg.hasAttribute('aria-invalid')).toBe(false);
    expect(store.get().scenario.doses).toHaveLength(1);
  });

  test('removing a dose from the list takes it out of the scenario', async () => {
    $<HTMLFormElement>('form').requestSubmit();
    await nextTask();
    $<HTMLButtonElement>('.dp-remove').click();
    expect(store.get().scenario.doses).toEqual([]);
    await nextTask();
    expect($('.dp-list li')).toBeNull();
  });

  test('a press on a list not yet brought up to date acts on what it will show', () => {
    // Two doses, the list showing both; then one removed elsewhere (the timeline's track), and a
    // press on the list before the paint: the list catches up first, so the press meets the
    // remaining dose's button, not a stale one.
    const edits = doseEdits(store);
    $<HTMLFormElement>('form').requestSubmit();
    store.setTime(12);
    $<HTMLFormElement>('form').requestSubmit();
    $('.dp-list').dispatchEvent(new Event('pointerdown'));
    expect(host.querySelectorAll('.dp-list li')).toHaveLength(2);
    edits.removeDose(0);
    $('.dp-list').dispatchEvent(new Event('pointerdown'));
    const items = host.querySelectorAll('.dp-list li');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toMatch(/day 0, 12:00/);
  });

  test('a bad file is refused with its messages, and the scenario, cursor and doses are kept', async () => {
    $<HTMLFormElement>('form').requestSubmit();
    const before = store.get();
    const input = $<HTMLInputElement>('input[type="file"]');
    const file = new File([JSON.stringify({ to_h: 'soon', doses: [] })], 'bad.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 20));
    const alert = $<HTMLElement>('[role="alert"]');
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toMatch(/to_h: must be a number, got "soon"/);
    expect(store.get().scenario).toBe(before.scenario);
    expect(store.get().timeH).toBe(before.timeH);
    [...alert.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss')!.click();
    expect(alert.hidden).toBe(true);
  });
});
