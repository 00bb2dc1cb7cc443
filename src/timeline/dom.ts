// The timeline's own elements: the export toolbar, the chart stack (one focusable group that takes
// the keys), the readout beside it and a live region, with the charts' colours from the one palette.
import { strings } from '../strings/index';
import { CHART_STYLE } from '../theme';

export interface TimelineDom {
  root: HTMLElement;
  toolbar: HTMLElement;
  stack: HTMLElement;
  readoutHost: HTMLElement;
  live: HTMLElement;
}

const child = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, className = '') => {
  const node = parent.appendChild(document.createElement(tag));
  if (className) node.className = className;
  return node;
};

export function buildTimelineDom(charts: HTMLElement): TimelineDom {
  const S = strings.timeline;
  const root = child(charts, 'div', 'tl-root');
  // The charts' own colours for each theme (timeline.css picks one).
  const colours = {
    '--tl-euphoria-standard': CHART_STYLE.euphoria,
    '--tl-withdrawal-standard': CHART_STYLE.withdrawal,
    '--tl-euphoria-projector': CHART_STYLE.projector.euphoria,
    '--tl-withdrawal-projector': CHART_STYLE.projector.withdrawal,
  };
  for (const [k, v] of Object.entries(colours)) root.style.setProperty(k, v);
  const toolbar = child(root, 'div', 'tl-toolbar');
  const body = child(root, 'div', 'tl-body');
  const stack = child(body, 'div', 'tl-stack');
  stack.tabIndex = 0;
  stack.setAttribute('role', 'group');
  stack.setAttribute('aria-label', S.region);
  const readoutHost = child(body, 'aside');
  readoutHost.setAttribute('aria-label', S.readout.title);
  const live = child(root, 'div', 'visually-hidden');
  live.setAttribute('aria-live', 'polite');
  return { root, toolbar, stack, readoutHost, live };
}
