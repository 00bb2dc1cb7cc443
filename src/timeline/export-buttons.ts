// The download buttons: timeline CSV and JSON in the charts' toolbar, SVG and PNG on each chart's
// heading; and the keys help beside them. Buttons only; the file contents come from exports.ts,
// fetched at the first download (it is not needed for the first frame).
import type { Store } from '../core/store';
import { strings } from '../strings/index';
import { CHART_STYLE } from '../theme';
import type { Chart } from './chart-frame';
import type { ExportHeading } from '../core/exports';

const files = () => import('../core/exports');

const S = strings.timeline;

const button = (text: string, onClick: () => void, label?: string) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'tl-btn tl-btn--text tl-btn--small';
  b.textContent = text;
  if (label) {
    b.setAttribute('aria-label', label);
    b.title = label;
  }
  b.addEventListener('click', onClick);
  return b;
};

/** The first opaque background behind an element, so a projector-theme export stays dark. */
function backgroundOf(el: Element | null): string {
  for (; el; el = el.parentElement) {
    const c = getComputedStyle(el).backgroundColor;
    if (c && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c)) return c;
  }
  return CHART_STYLE.paper;
}

/** The line under an exported chart's title naming the scenario it shows. */
export const scenarioLine = (title: string | undefined): string =>
  S.exports.scenario.replace('{title}', () => title ?? S.exports.untitled);

/** The timeline's CSV and JSON downloads, a labelled group in the charts' toolbar. */
function appendDownloads(toolbar: HTMLElement, store: Store): void {
  const group = toolbar.appendChild(document.createElement('div'));
  group.className = 'tl-downloads';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', S.exports.label);
  const label = group.appendChild(document.createElement('span'));
  label.className = 'tl-group-label';
  label.textContent = S.exports.label;
  group.append(
    button(S.exports.csv, () => {
      const { scenario, timeline } = store.get();
      void files().then((f) =>
        f.download(`${f.fileStem(scenario.title)}-timeline.csv`, 'text/csv', f.timelineCsv(timeline)),
      );
    }),
    button(S.exports.json, () => {
      const { scenario, timeline } = store.get();
      void files().then((f) =>
        f.download(
          `${f.fileStem(scenario.title)}-timeline.json`,
          'application/json',
          f.timelineJson(timeline),
        ),
      );
    }),
  );
}

/** The keyboard help: a disclosure listing each key (as <kbd>s) and what it does. */
function appendKeysHelp(toolbar: HTMLElement): void {
  const keys = toolbar.appendChild(document.createElement('details'));
  keys.className = 'tl-keys';
  const summary = keys.appendChild(document.createElement('summary'));
  summary.textContent = S.keysTitle;
  const dl = keys.appendChild(document.createElement('dl'));
  for (const [k, what] of S.keys) {
    const dt = dl.appendChild(document.createElement('dt'));
    dt.append(
      ...k.split(' ').map((part) => Object.assign(document.createElement('kbd'), { textContent: part })),
    );
    dl.appendChild(document.createElement('dd')).textContent = what;
  }
}

/** A chart's SVG and PNG buttons, on its heading. */
function appendChartExports(chart: Chart, store: Store): void {
  const name = chart.frame.figure.dataset.chart!;
  const title = chart.frame.head.querySelector('h3')?.textContent ?? name;
  const svg = () => chart.frame.svg.node()!;
  const bg = () => backgroundOf(chart.frame.figure);
  // The copy stands alone: its title, the scenario's name, its units and its key above the plot.
  const heading = (): ExportHeading => ({
    title,
    scenario: scenarioLine(store.get().scenario.title),
    units: S.exports.units[name] ?? '',
    key: chart.exportKey(),
    ink: getComputedStyle(svg()).color,
  });
  const g = document.createElement('div');
  g.className = 'tl-chart-exports';
  g.append(
    button(
      S.exports.svg,
      () => {
        const [named, h] = [store.get().scenario.title, heading()];
        void files().then((f) =>
          f.download(`${f.fileStem(named)}-${name}.svg`, 'image/svg+xml', f.chartSvg(svg(), bg(), h)),
        );
      },
      S.exports.chartSvg.replace('{chart}', title),
    ),
    button(
      S.exports.png,
      () => {
        const [named, h] = [store.get().scenario.title, heading()];
        void files().then(async (f) =>
          f.download(`${f.fileStem(named)}-${name}.png`, 'image/png', await f.chartPng(svg(), bg(), h)),
        );
      },
      S.exports.chartPng.replace('{chart}', title),
    ),
  );
  chart.frame.head.appendChild(g);
}

export function attachExports(toolbar: HTMLElement, charts: Chart[], store: Store): void {
  appendDownloads(toolbar, store);
  appendKeysHelp(toolbar);
  for (const chart of charts) appendChartExports(chart, store);
}
