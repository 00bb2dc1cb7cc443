// The chart switcher: where the screen holds one chart (the lecture stage, a phone), the shown chart's
// heading row offers the others as buttons ("Show: Receptors, Drug levels, Breathing lost"), and the
// G key steps to the next. "How it feels" is shown first. The switcher marks the chosen chart's figure
// (data-shown) and moves itself into that figure's heading, so it costs no row of its own; the
// stylesheet hides the other charts, and the switcher, only where one chart fits.
import { strings } from '../strings/index';
import type { Chart } from './chart-frame';

export interface ChartSwitch {
  el: HTMLElement;
  /** Shows chart `id` (its data-chart name); unknown names are ignored. */
  show(id: string): void;
  /** Steps to the next chart (after the last, the first). */
  next(): void;
  shown(): string;
}

export function createChartSwitch(charts: readonly Chart[], changed: () => void): ChartSwitch {
  const S = strings.timeline.charts;
  const el = document.createElement('div');
  el.className = 'tl-switch';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', S.label);
  el.append(
    Object.assign(document.createElement('span'), { className: 'tl-switch-label', textContent: S.show }),
  );
  const ids = charts.map((c) => c.frame.figure.dataset.chart!);
  const buttons = charts.map((c, i) => {
    const b = el.appendChild(document.createElement('button'));
    b.type = 'button';
    b.className = 'tl-switch-button';
    b.dataset.chart = ids[i];
    b.textContent = c.frame.head.querySelector('h3')?.textContent ?? ids[i]!;
    b.title = S.hint;
    b.addEventListener('click', () => {
      api.show(ids[i]!);
      // The button goes with the chart it shows: keep the keyboard on the switcher.
      el.querySelector<HTMLButtonElement>('.tl-switch-button:not([hidden])')?.focus();
    });
    return b;
  });
  let current = ids[0]!;
  const mark = (id: string) => {
    current = id;
    charts.forEach((c, i) => {
      const on = ids[i] === id;
      c.frame.figure.toggleAttribute('data-shown', on);
      buttons[i]!.hidden = on;
      if (on) c.frame.head.insertBefore(el, c.frame.head.children[1] ?? null);
    });
  };
  const api: ChartSwitch = {
    el,
    show(id) {
      if (!ids.includes(id) || id === current) return;
      mark(id);
      changed();
    },
    next() {
      api.show(ids[(ids.indexOf(current) + 1) % ids.length]!);
    },
    shown: () => current,
  };
  mark(current);
  return api;
}
