// Number wording of the explorer: doses in mg or g with two significant figures, ratios, percents,
// written the chosen language's way.
import { format } from '../strings/index';

/** A dose for reading: "0.42 mg", "35 mg", "1.2 g". */
export function formatDose(mg: number): string {
  if (mg >= 1000) return `${format.num(Number((mg / 1000).toPrecision(2)))} g`;
  return `${format.num(Number(mg.toPrecision(2)))} mg`;
}

/** A ratio: "1.04", "9.0", "43". */
export function formatRatio(r: number): string {
  return r < 2 ? format.fixed(r, 2) : r < 10 ? format.fixed(r, 1) : format.num(Math.round(r));
}

/** Axis labels of a log dose axis: only the powers of ten ("0.01", "1", "1000"), the rest blank. */
export function powerOfTenTick(mg: number): string {
  const e = Math.log10(mg);
  if (Math.abs(e - Math.round(e)) > 1e-6) return '';
  return format.num(mg >= 1 ? Math.round(mg) : Number(mg.toPrecision(1)));
}

export const pct = (x: number) => Math.round(100 * x);
