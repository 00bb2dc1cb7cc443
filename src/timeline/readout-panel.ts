// The readout beside the charts: the time and every series at the cursor (or under the pointer while
// hovering), as text. Rows are rebuilt only when the set of series changes; a scrub rewrites text.
// Screen readers hear a one-sentence summary, politely and at most once every ANNOUNCE_MS.
import { setText } from '../core/set-text';
import { strings } from '../strings/index';
import type { Readout, ReadoutRow } from './readout';

const S = strings.timeline.readout;
export const ANNOUNCE_MS = 1500;

const GROUPS: { id: string; title: string; test: (k: string) => boolean }[] = [
  { id: 'feel', title: '', test: (k) => !k.includes('.') },
  { id: 'occupancy', title: S.receptors, test: (k) => k.startsWith('occupancy.') },
  { id: 'plasma', title: S.plasma, test: (k) => k.startsWith('plasma.') },
];

export interface ReadoutPanel {
  show(r: Readout, hovering: boolean): void;
  announce(sentence: string): void;
}

export function createReadoutPanel(host: HTMLElement, live: HTMLElement): ReadoutPanel {
  host.classList.add('tl-readout');
  const title = host.appendChild(document.createElement('h3'));
  title.className = 'tl-readout-title';
  const time = host.appendChild(document.createElement('p'));
  time.className = 'tl-readout-time';
  const body = host.appendChild(document.createElement('div'));
  let keys = '';
  let cells = new Map<string, HTMLElement>();

  const build = (rows: ReadoutRow[]) => {
    cells = new Map();
    body.replaceChildren(
      ...GROUPS.flatMap((g) => {
        const mine = rows.filter((r) => g.test(r.key));
        if (!mine.length) return [];
        const group = document.createElement('div');
        group.className = `tl-readout-group tl-readout-group--${g.id}`;
        if (g.title) group.appendChild(document.createElement('h4')).textContent = g.title;
        const dl = group.appendChild(document.createElement('dl'));
        dl.className = `tl-readout-list tl-readout-list--${g.id}`;
        for (const r of mine) {
          // One row per value (a div may group a dt with its dd): the label keeps its width and a
          // long value ("COWS 32, moderately severe") wraps under it instead of squeezing it.
          const row = dl.appendChild(document.createElement('div'));
          row.className = `tl-readout-row tl-readout-row--${r.key.replace(/\W/g, '-')}`;
          const dt = row.appendChild(document.createElement('dt'));
          dt.textContent = r.label;
          const dd = row.appendChild(document.createElement('dd'));
          dd.dataset.key = r.key;
          cells.set(r.key, dd);
        }
        return [group];
      }),
    );
  };

  let lastSaid = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let queued = '';

  return {
    show(r, hovering) {
      const k = r.rows.map((row) => row.key).join();
      if (k !== keys) {
        keys = k;
        build(r.rows);
      }
      setText(title, hovering ? S.hoverTitle : S.title);
      host.classList.toggle('tl-readout--hover', hovering);
      setText(time, r.time);
      for (const row of r.rows) setText(cells.get(row.key)!, row.value);
    },
    announce(sentence) {
      // Rate-limited with a trailing call, so the last moment a scrub stops on is always spoken.
      queued = sentence;
      if (pending) return;
      const wait = Math.max(0, lastSaid + ANNOUNCE_MS - performance.now());
      pending = setTimeout(() => {
        pending = undefined;
        lastSaid = performance.now();
        if (live.textContent !== queued) live.textContent = queued;
      }, wait);
    },
  };
}
