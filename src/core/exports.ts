// Downloads: the timeline as CSV and JSON (the contract's formats, straight from the engine's own
// toCsv and toJson), the scenario as JSON, and each chart as SVG or PNG. A chart is exported with the
// styles the page gave it written onto the copy, so the file looks the same on its own.
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

/**
 * A standalone SVG document of a live chart, with its computed styles and a solid background. A
 * style is written only where it differs from the parent's (the rest inherits), to keep files small.
 */
export function chartSvg(svg: SVGSVGElement, background: string): string {
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
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  copy.insertBefore(bg, copy.querySelector('defs') ?? copy.firstChild);
  let text = new XMLSerializer().serializeToString(copy);
  // Serializers add the namespace to a foreign root themselves; add it if this one did not.
  if (!/^<svg[^>]*\sxmlns=/.test(text)) text = text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + text;
}

/** The chart drawn into a canvas at `scale` times its size, as a PNG. */
export async function chartPng(svg: SVGSVGElement, background: string, scale = 2): Promise<Blob> {
  const text = chartSvg(svg, background);
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
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
