// The three pieces beyond the lessons (issue 15), each in a dialog of its own and fetched the first
// time it is opened, so none of them weighs on the first frame: where the receptors are in the body
// (src/bodymap), the dose-shift explorer (src/explorer) and the unknown-drug exercise (src/drugx).
// While Drug X is open its seed is part of the address, and nothing else about it.
import { createDialog, type Dialog } from '../core/dom';
import type { Store } from '../core/store';
import { strings } from '../strings/index';

export type Panel = 'body-map' | 'explorer' | 'drug-x';

export interface Explore {
  /** Opens a panel by name ('body-map', 'explorer', 'drug-x'); unknown names are ignored. */
  open(panel: string): void;
  /** Opens Drug X with a seed (a class's shared drug) or a new one. */
  openDrugX(seed?: number): void;
  /** Drug X's seed while its dialog is open. */
  drugXSeed(): number | undefined;
  /** Called when what the address shows changes (Drug X opened, closed, or a new seed). */
  onChange(cb: () => void): void;
}

interface Opened {
  dialog: Dialog;
  /** Resolves once the panel's code has arrived and mounted. */
  ready: Promise<void>;
}

/** A fresh seed when no link gives one: the platform's random source (not the model's). */
function freshSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return 1 + (a[0]! % 999_999);
}

export function createExplore(store: Store): Explore {
  const s = strings.app;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((cb) => cb());
  const opened = new Map<Panel, Opened>();
  let seed: number | undefined;
  let setSeed: ((next: number) => void) | undefined;

  const mount = (panel: Panel, title: string, load: (host: HTMLElement) => Promise<void>) => {
    let o = opened.get(panel);
    if (!o) {
      const dialog = createDialog(title, s.dialog.close, `wide explore-dialog ${panel}-dialog`);
      dialog.body.setAttribute('aria-busy', 'true');
      const ready = load(dialog.body).then(() => dialog.body.removeAttribute('aria-busy'));
      o = { dialog, ready };
      opened.set(panel, o);
    }
    o.dialog.open();
    return o;
  };

  let bodyMap: { update(): void } | undefined;
  let watching = false;
  const openBodyMap = () => {
    const o = mount('body-map', strings.app.panels.bodyMap, async (host) => {
      const { mountBodyMap } = await import('./panels');
      bodyMap = mountBodyMap(host, store);
    });
    // It shows the model at the cursor: brought up to date when opened, and while open.
    if (!watching) store.subscribe(() => o.dialog.element.open && bodyMap?.update());
    watching = true;
    void o.ready.then(() => bodyMap?.update());
  };

  const openExplorer = () =>
    mount('explorer', strings.app.panels.explorer, async (host) => {
      const { mountExplorer } = await import('./panels');
      mountExplorer(host);
    });

  const openDrugX = (next?: number) => {
    seed = next ?? seed ?? freshSeed();
    const first = !opened.has('drug-x');
    const o = mount('drug-x', strings.app.panels.drugX, async (host) => {
      const { mountDrugX } = await import('./panels');
      const view = mountDrugX(host, seed!, (picked) => {
        seed = picked;
        changed();
      });
      setSeed = view.setSeed;
    });
    if (first) o.dialog.element.addEventListener('close', changed);
    else void o.ready.then(() => setSeed?.(seed!));
    changed();
  };

  return {
    open(panel) {
      if (panel === 'body-map') openBodyMap();
      else if (panel === 'explorer') openExplorer();
      else if (panel === 'drug-x') openDrugX();
    },
    openDrugX,
    drugXSeed: () => (opened.get('drug-x')?.dialog.element.open ? seed : undefined),
    onChange: (cb) => void listeners.add(cb),
  };
}
