// The play bar: go to start, step back, play or pause, step forward, go to end; the named speeds;
// a time slider (the same cursor as the charts); zoom; reset. Every control is a real button, select
// or range input with a label, and it only sends intents: the playback machine and the view decide.
import { setText } from '../core/set-text';
import { strings } from '../strings/index';
import { SPEEDS } from '../core/playback-machine';
import { formatDuration, formatMoment } from '../core/time-format';
import { PAN_STEP, ZOOM_STEP, type KeyAction } from './keys';

const S = strings.timeline.playbar;
const NS = 'http://www.w3.org/2000/svg';

/** Icon paths on a 20x20 grid. */
const ICONS = {
  start: 'M4 3h2.5v14H4zM17 3v14L7.5 10z',
  back: 'M16 3v14L6 10zM4 3h2v14H4z',
  play: 'M5 3v14l12-7z',
  pause: 'M5 3h3.5v14H5zM11.5 3H15v14h-3.5z',
  replay: 'M10 3a7 7 0 1 1-7 7h2.5A4.5 4.5 0 1 0 10 5.5V8L5.5 4.25 10 .5z',
  forward: 'M4 3v14l10-7zM14 3h2v14h-2z',
  end: 'M3 3v14l9.5-7zM13.5 3H16v14h-2.5z',
  zoomIn:
    'M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4.3 4.3-1.4 1.4-4.3-4.3A6.5 6.5 0 1 1 8.5 2zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM7.5 6h2v1.5H11v2H9.5V11h-2V9.5H6v-2h1.5z',
  zoomOut:
    'M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4.3 4.3-1.4 1.4-4.3-4.3A6.5 6.5 0 1 1 8.5 2zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM6 7.5h5v2H6z',
  fit: 'M2 2h6v2H4v4H2zM12 2h6v6h-2V4h-4zM2 12h2v4h4v2H2zM16 12h2v6h-6v-2h4z',
  earlier: 'M12.5 3 5.5 10l7 7 1.6-1.6L8.7 10l5.4-5.4z',
  later: 'M7.5 3l7 7-7 7-1.6-1.6 5.4-5.4-5.4-5.4z',
} as const;

function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'tl-icon');
  const p = svg.appendChild(document.createElementNS(NS, 'path'));
  p.setAttribute('d', ICONS[name]);
  p.setAttribute('fill', 'currentColor');
  return svg;
}

export interface PlaybarState {
  mode: 'paused' | 'playing' | 'seeking' | 'ended';
  speedIndex: number;
  timeH: number;
  start: number;
  end: number;
}

export interface PlaybarCallbacks {
  act(a: KeyAction): void;
  seekStart(): void;
  seek(h: number): void;
  seekEnd(): void;
}

export interface Playbar {
  el: HTMLElement;
  slider: HTMLInputElement;
  update(s: PlaybarState): void;
}

export const speedLabel = (i: number) => S.perSecond.replace('{speed}', formatDuration(SPEEDS[i]!.hps));

export function createPlaybar(host: HTMLElement, cb: PlaybarCallbacks): Playbar {
  const el = host;
  el.classList.add('tl-playbar');
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', S.label);
  const button = (name: keyof typeof ICONS, label: string, action: KeyAction, cls = '') => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `tl-btn ${cls}`.trim();
    b.setAttribute('aria-label', label);
    b.title = label;
    b.append(icon(name));
    b.addEventListener('click', () => cb.act(action));
    return b;
  };
  const group = (cls: string, ...kids: Node[]) => {
    const g = el.appendChild(document.createElement('div'));
    g.className = cls;
    g.append(...kids);
    return g;
  };

  const play = button('play', S.play, { type: 'TOGGLE' }, 'tl-btn--play');
  const playText = play.appendChild(document.createElement('span'));
  playText.className = 'tl-play-text';
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.className = 'tl-btn tl-btn--text';
  reset.textContent = S.reset;
  reset.addEventListener('click', () => cb.act({ type: 'RESET' }));
  group(
    'tl-transport',
    reset,
    button('start', S.start, { type: 'HOME' }),
    button('back', S.back, { type: 'STEP', direction: -1 }),
    play,
    button('forward', S.forward, { type: 'STEP', direction: 1 }),
    button('end', S.end, { type: 'END' }),
  );

  const speed = document.createElement('select');
  speed.id = 'tl-speed';
  SPEEDS.forEach((_, i) => speed.append(new Option(speedLabel(i), String(i))));
  speed.addEventListener('change', () => cb.act({ type: 'SET_SPEED', index: Number(speed.value) }));
  const speedLabelEl = document.createElement('label');
  speedLabelEl.htmlFor = speed.id;
  speedLabelEl.textContent = S.speed;
  const slower = document.createElement('button');
  const faster = document.createElement('button');
  for (const [b, text, label, type] of [
    [slower, '−', S.slower, 'SLOWER'],
    [faster, '+', S.faster, 'FASTER'],
  ] as const) {
    b.type = 'button';
    b.className = 'tl-btn tl-btn--text';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', () => cb.act({ type }));
  }
  group('tl-speed', speedLabelEl, slower, speed, faster);

  const slider = document.createElement('input');
  slider.type = 'range';
  slider.id = 'tl-time';
  slider.step = 'any';
  const sliderLabel = document.createElement('label');
  sliderLabel.htmlFor = slider.id;
  sliderLabel.textContent = S.time;
  const out = document.createElement('output');
  out.htmlFor.add(slider.id);
  out.className = 'tl-time';
  const ended = document.createElement('span');
  ended.className = 'tl-ended';
  ended.textContent = S.ended;
  let seeking = false;
  slider.addEventListener('pointerdown', () => {
    seeking = true;
    cb.seekStart();
  });
  slider.addEventListener('input', () => cb.seek(Number(slider.value)));
  const stop = () => {
    if (!seeking) return;
    seeking = false;
    cb.seekEnd();
  };
  slider.addEventListener('pointerup', stop);
  slider.addEventListener('change', stop);
  group('tl-scrub', sliderLabel, slider, out, ended);

  const zoom = group(
    'tl-zoom',
    button('earlier', S.earlier, { type: 'PAN', fraction: -PAN_STEP }),
    button('zoomOut', S.zoomOut, { type: 'ZOOM', factor: 1 / ZOOM_STEP }),
    button('zoomIn', S.zoomIn, { type: 'ZOOM', factor: ZOOM_STEP }),
    button('later', S.later, { type: 'PAN', fraction: PAN_STEP }),
    button('fit', S.fit, { type: 'FIT' }),
  );
  zoom.setAttribute('role', 'group');
  zoom.setAttribute('aria-label', S.zoom);

  let last: Partial<PlaybarState> = {};
  return {
    el,
    slider,
    update(s) {
      if (s.mode !== last.mode) {
        const name = s.mode === 'playing' ? 'pause' : s.mode === 'ended' ? 'replay' : 'play';
        const label = s.mode === 'playing' ? S.pause : s.mode === 'ended' ? S.replay : S.play;
        play.replaceChildren(icon(name), playText);
        playText.textContent = label;
        play.setAttribute('aria-label', label);
        play.title = label;
        el.dataset.mode = s.mode;
        ended.hidden = s.mode !== 'ended';
      }
      if (s.speedIndex !== last.speedIndex) {
        speed.value = String(s.speedIndex);
        slower.disabled = s.speedIndex <= 0;
        faster.disabled = s.speedIndex >= SPEEDS.length - 1;
      }
      if (s.start !== last.start || s.end !== last.end) {
        slider.min = String(s.start);
        slider.max = String(s.end);
      }
      if (s.timeH !== last.timeH) {
        slider.value = String(s.timeH);
        const text = formatMoment(s.timeH);
        setText(out, text);
        slider.setAttribute('aria-valuetext', text);
      }
      last = { ...s };
    },
  };
}
