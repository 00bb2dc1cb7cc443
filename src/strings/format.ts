// Numbers as the chosen language writes them, through Intl: a decimal point or comma ("1.5", "1,5"),
// percentages ("67%", "67 %"). No thousands separators: values in the app are short, and "16000"
// reads the same in both languages. Formatters are made once; views call these every frame.

export interface NumberFormat {
  /** A number with at most `maxDigits` decimals (default: as many as it has). */
  num(v: number, maxDigits?: number): string;
  /** A number to `digits` significant digits: 0.042, 3.1, 16000. */
  sig(v: number, digits: number): string;
  /** A number with exactly `digits` decimals: 9.0, 1.04. */
  fixed(v: number, digits: number): string;
  /** A fraction as a whole percentage: 0.672 is "67%". */
  pct(fraction: number): string;
  /** Scientific notation with two decimals: "1.23e+4". */
  sci(v: number): string;
}

export function numberFormat(locale: string): NumberFormat {
  const made = new Map<string, Intl.NumberFormat>();
  const get = (key: string, options: Intl.NumberFormatOptions) => {
    let f = made.get(key);
    // signDisplay 'negative': no "-0" for minus zero or a tiny negative that rounds to zero (the first
    // tick of a window that starts a hair before day 0).
    if (!f)
      made.set(
        key,
        (f = new Intl.NumberFormat(locale, { useGrouping: false, signDisplay: 'negative', ...options })),
      );
    return f;
  };
  const decimal =
    get('num', {})
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.';
  return {
    num: (v, maxDigits = 20) => get(`num${maxDigits}`, { maximumFractionDigits: maxDigits }).format(v),
    sig: (v, digits) => get(`sig${digits}`, { maximumSignificantDigits: digits }).format(v),
    fixed: (v, digits) =>
      get(`fixed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v),
    pct: (fraction) => get('pct', { style: 'percent' }).format(Math.round(fraction * 100) / 100),
    sci: (v) => v.toExponential(2).replace('.', decimal),
  };
}
