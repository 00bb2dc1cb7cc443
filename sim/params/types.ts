// The shape of one catalogued parameter: a value with its unit, where it came from and how sure we are.

/** Confidence codes of ../shared/pharmacology.md: A label/primary, B review, C low-grade web,
 *  BK from memory (unverified), D derived or fitted for this project. */
export type Confidence = 'A' | 'B' | 'C' | 'BK' | 'D';

export interface Param {
  readonly value: number;
  readonly unit: string;
  readonly confidence: Confidence;
  readonly source: string;
  /** Why this value, when a choice was made. */
  readonly note?: string;
}

export function p(value: number, unit: string, confidence: Confidence, source: string, note?: string): Param {
  return note === undefined ? { value, unit, confidence, source } : { value, unit, confidence, source, note };
}

export const LN2 = Math.LN2;
export const MIN_PER_H = 60;
export const S_PER_H = 3600;
