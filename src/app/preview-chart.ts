// A first plot of the timeline (how it feels), so the path from scenario to screen works end to end.
// The full linked charts (src/timeline) replace it.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { select } from 'd3-selection';
import { axisBottom, axisLeft } from 'd3-axis';
import type { Store } from './store';

export function mountPreviewChart(host: HTMLElement, store: Store): void {
  const width = 900;
  const height = 220;
  const m = { top: 10, right: 10, bottom: 30, left: 40 };
  const svg = select(host).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img');
  svg.append('title').text('Euphoria and withdrawal over time');
  const x = scaleLinear().range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain([-48, 100])
    .range([height - m.bottom, m.top]);
  const gx = svg.append('g').attr('transform', `translate(0,${height - m.bottom})`);
  const gy = svg.append('g').attr('transform', `translate(${m.left},0)`);
  const up = svg.append('path').attr('fill', 'none').attr('stroke', '#e69f00').attr('stroke-width', 2);
  const down = svg.append('path').attr('fill', 'none').attr('stroke', '#0072b2').attr('stroke-width', 2);
  const draw = () => {
    const t = store.get().timeline;
    const days = Array.from(t.t_h, (h) => h / 24);
    x.domain([days[0] ?? 0, days[days.length - 1] ?? 1]);
    gx.call(axisBottom(x));
    gy.call(axisLeft(y));
    const l = line<number>().x((_, i) => x(days[i]!));
    up.attr('d', l.y((v) => y(v))(Array.from(t.euphoria)));
    down.attr('d', l.y((v) => y(-v))(Array.from(t.withdrawal_cows)));
  };
  store.subscribe((_, changed) => changed.has('timeline') && draw());
  draw();
}
