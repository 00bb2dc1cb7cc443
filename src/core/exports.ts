// Downloads: the timeline as CSV and JSON (the contract's formats, straight from the engine's own
// toCsv and toJson), the scenario as JSON, and each chart as SVG or PNG. A chart is exported with the
// styles the page gave it written onto the copy, so the file looks the same on its own, and with a
// heading that makes it stand alone on a slide or in a report: its title, the scenario's name, its
// units and its key.
import { toCsv, toJson, type Scenario, type Timeline } from '../../sim/index';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the live chart to the exported copy. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'visibility',
] as const;

/** A file name from the scenario's title: lower case, words joined by dashes. */
export function fileStem(title: string | undefined): string {
  const slug = (title ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'scenario';
}

export function download(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const timelineCsv = (tl: Timeline) => toCsv(tl);
export const timelineJson = (tl: Timeline) => JSON.stringify(toJson(tl));
export const scenarioJson = (s: Scenario) => JSON.stringify(s, null, 2) + '\n';

/** One entry of an exported chart's key: a mark (a shape's path, or a line's stroke) and its name. */
export interface ExportKeyEntry {
  label: string;
  /** SVG path data of a shape centred on 0,0 (about 7 px across), filled with `fill`. */
  shape?: string;
  fill?: string;
  /** A line sample instead: its colour and dashes. */
  stroke?: string;
  dash?: string;
  /** A filled band sample (an area or a zone): its colour and opacity. */
  band?: { fill: string; opacity: number };
}

/** The heading an exported chart carries. */
export interface ExportHeading {
  title: string;
  /** The scenario's name. */
  scenario: string;
  units: string;
  key: readonly ExportKeyEntry[];
  /** Colour of the heading's words (the chart's text colour). */
  ink: string;
}

const HEAD_LINE = 18;
const KEY_ROW = 20;

/** The heading's elements, laid out for a chart `width` px wide; returns them and their height. */
function headingOf(h: ExportHeading, width: number): { g: SVGGElement; height: number } {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif');
  g.setAttribute('fill', h.ink);
  const text = (x: number, y: number, size: number, words: string, weight = '400') => {
    const t = g.appendChild(document.createElementNS(SVG_NS, 'text'));
    for (const [k, v] of Object.entries({ x, y, 'font-size': size, 'font-weight': weight }))
      t.setAttribute(k, String(v));
    t.textContent = words;
    return t;
  };
  text(12, 22, 17, h.title, '700');
  text(12, 22 + HEAD_LINE, 13, h.scenario);
  text(12, 22 + 2 * HEAD_LINE, 12, h.units);
  // The key, left to right, wrapping at the chart's width (text measured roughly: 7 px a letter).
  let x = 12;
  let y = 22 + 3 * HEAD_LINE + 4;
  for (const e of h.key) {
    const w = 34 + e.label.length * 7;
    if (x + w > width - 8 && x > 12) {
      x = 12;
      y += KEY_ROW;
    }
    const mark = g.appendChild(document.createElementNS(SVG_NS, e.shape ? 'path' : e.band ? 'rect' : 'line'));
    if (e.shape) {
      mark.setAttribute('d', e.shape);
      mark.setAttribute('transform', `translate(${x + 9},${y - 4})`);
      mark.setAttribute('fill', e.fill ?? h.ink);
      mark.setAttribute('fill-rule', 'evenodd');
      mark.setAttribute('stroke', '#1a1a1a');
      mark.setAttribute('stroke-width', '0.8');
    } else if (e.band) {
      for (const [k, v] of Object.entries({ x, y: y - 10, width: 20, height: 12 }))
        mark.setAttribute(k, String(v));
      mark.setAttribute('fill', e.band.fill);
      mark.setAttribute('fill-opacity', String(e.band.opacity));
      mark.setAttribute('stroke', e.band.fill);
    } else {
      for (const [k, v] of Object.entries({ x1: x, x2: x + 20, y1: y - 4, y2: y - 4 }))
        mark.setAttribute(k, String(v));
      mark.setAttribute('stroke', e.stroke ?? h.ink);
      mark.setAttribute('stroke-width', '3');
      if (e.dash) mark.setAttribute('stroke-dasharray', e.dash);
    }
    text(x + 26, y, 12, e.label);
    x += w;
  }
  return { g, height: y + 12 };
}

/**
 * A standalone SVG document of a live chart, with its computed styles and a solid background, and
 * (given one) its heading: title, scenario, units and key above the plot. A style is written only
 * where it differs from the parent's (the rest inherits), to keep files small.
 */
export function chartSvg(svg: SVGSVGElement, background: string, heading?: ExportHeading): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const dead = [copy, ...copy.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let cs = styles.get(el);
    if (!cs) styles.set(el, (cs = getComputedStyle(el)));
    return cs;
  };
  live.forEach((el, i) => {
    const cs = styleOf(el);
    const parent = el === svg || !el.parentElement ? null : styleOf(el.parentElement);
    const target = dead[i]!;
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      // Opacity is not inherited, so it is written wherever it is not the default.
      const inherited = p === 'opacity' ? '1' : parent?.getPropertyValue(p);
      if (v && v !== inherited) target.setAttribute(p, v);
    }
    target.removeAttribute('class');
  });
  if (heading) {
    // The plot moves down under the heading, in a group of its own; the document grows to hold both.
    const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
    const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
    const head = headingOf(heading, width);
    const plot = document.createElementNS(SVG_NS, 'g');
    plot.setAttribute('transform', `translate(0,${head.height})`);
    for (const child of [...copy.childNodes])
      if (child.nodeName !== 'title' && child.nodeName !== 'desc') plot.append(child);
    copy.append(head.g, plot);
    const total = height + head.height;
    copy.setAttribute('height', String(total));
    copy.setAttribute('viewBox', `0 0 ${width} ${total}`);
  }
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  copy.insertBefore(
    bg,
    [...copy.children].find((c) => c.localName !== 'title' && c.localName !== 'desc') ?? null,
  );
  let text = new XMLSerializer().serializeToString(copy);
  // Serializers add the namespace to a foreign root themselves; add it if this one did not.
  if (!/^<svg[^>]*\sxmlns=/.test(text)) text = text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + text;
}

/** The chart (with its heading, given one) drawn into a canvas at `scale` times its size, as a PNG. */
export async function chartPng(
  svg: SVGSVGElement,
  background: string,
  heading?: ExportHeading,
  scale = 2,
): Promise<Blob> {
  const text = chartSvg(svg, background, heading);
  const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const width = Number(root.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(root.getAttribute('height')) || svg.getBoundingClientRect().height;
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((b) => (b ? done(b) : fail(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
