// What the Schild plot draws for a result, worked out without the DOM: the points (injection days
// and tablets told apart), the fitted line across them with a little room either side, the zero
// line, and each point in words for the list under the plot.
import type { PlotData } from '../core/plot';
import { format } from '../strings/index';
import { panelStrings } from '../strings/panels';
import type { SchildResult } from './model';

/** The plot's data: domains that hold every point and the fitted line, and never leave out zero. */
export function schildPlotData(r: SchildResult): PlotData {
  const xs = r.points.map((p) => p.x);
  const x0 = Math.min(...xs) - 0.2;
  const x1 = Math.max(...xs) + 0.2;
  const line = {
    x: [x0, x1],
    y: [r.intercept + r.slope * x0, r.intercept + r.slope * x1],
    className: 'ex-fit',
  };
  const ys = [...r.points.map((p) => p.y), ...line.y];
  return {
    xDomain: [x0, x1],
    yDomain: [Math.min(0, ...ys) - 0.1, Math.max(...ys) + 0.1],
    series: [line],
    points: r.points.map((p) => ({
      x: p.x,
      y: p.y,
      className: p.label.day ? 'ex-point' : 'ex-point--tablets',
    })),
    bands: [{ y0: 0, className: 'ex-zero' }],
  };
}

/** Each point in words: the moment of treatment and its two coordinates. */
export function schildPointWords(r: SchildResult): string[] {
  const w = panelStrings.explorer.schild;
  return r.points.map((p) =>
    w.point(
      p.label.day ? w.injectionDay(p.label.day) : w.tablets,
      format.fixed(p.x, 2),
      format.fixed(p.y, 2),
    ),
  );
}
