// Text over the picture, in HTML so it stays crisp, large and readable by assistive technology:
// the names of the parts of the synapse, the turned-away counter and the status message (restoring
// after a lost WebGL context). Positions follow the layout; the page's CSP allows setting
// element.style from script (never a style attribute in markup).
import { el } from '../core/dom';
import { setText } from '../core/set-text';
import { strings } from '../strings/index';
import type { SceneLayout } from './layout';

export interface Overlay {
  layout(L: SceneLayout): void;
  setTurnedAway(n: number): void;
  showCounter(show: boolean): void;
  setStatus(text: string | null): void;
}

export function createOverlay(stage: HTMLElement): Overlay {
  const words = strings.scene;
  const terminal = el('span', 'scene-label', words.labels.terminal);
  const cleft = el('span', 'scene-label scene-label-cleft', words.labels.cleft);
  const cell = el('span', 'scene-label scene-label-cell', words.labels.cell);
  const counter = el('p', 'scene-counter');
  const counterName = el('span', 'scene-counter-name', `${words.turnedAwayCounter} `);
  const counterValue = el('strong', 'scene-counter-value', '0');
  counter.append(counterName, counterValue);
  const status = el('p', 'scene-status');
  status.hidden = true;
  for (const e of [terminal, cleft, cell]) e.setAttribute('aria-hidden', 'true');
  stage.append(terminal, cleft, cell, counter, status);
  return {
    layout(L) {
      terminal.style.top = `${Math.round(10 * L.scale)}px`;
      cleft.style.top = `${Math.round((L.terminalBottom + 12) * L.scale)}px`;
      counter.style.top = `${Math.round((L.terminalBottom + 12) * L.scale)}px`;
    },
    setTurnedAway(n) {
      setText(counterValue, String(n));
    },
    showCounter(show) {
      counter.hidden = !show;
    },
    setStatus(text) {
      status.hidden = text === null;
      status.textContent = text ?? '';
    },
  };
}
