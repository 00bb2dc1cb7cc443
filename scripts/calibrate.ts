// Re-derives the calibrated values of sim/params/ (those marked "calibrated by scripts/calibrate.ts")
// and prints them. Run after changing any PK or response parameter:
//   npx tsx scripts/calibrate.ts
// It only prints; copy the values into the catalogue. tests/sim/potency.test.ts and
// tests/sim/danger.test.ts check them.
//
// 1. Heroin (and 6-MAM): 25 mg IV in a naive person gives peak euphoria 62 (CONTRACT.md: 50-90).
// 2. Breathing: the Hill curve of breathing drive lost against opioid stimulus above rest, and
//    fentanyl's affinity, so that 25 mg IV heroin takes 45% (CONTRACT.md: 15-50%) and 75 ug IV
//    fentanyl 40%; a further 150 ug an hour later should then take about 70% (Algera 2021,
//    isohypercapnic ventilation).
// 3. The other full agonists by equianalgesic doses against heroin and morphine; naloxone by its PET ED50.
import { BASELINE_SIGNAL, LIGANDS, simulate, type DoseEvent } from '../sim/index';

type Mutable = { value: number };
const kdOf = (name: keyof typeof LIGANDS) => LIGANDS[name].kd as unknown as Mutable;
const endorphinStimulus = BASELINE_SIGNAL / (1 - BASELINE_SIGNAL);

const peak = (doses: DoseEvent[], series: 'signal' | 'euphoria', hours = 12): number => {
  const t = simulate({ to_h: hours, step_min: 1, doses });
  return Math.max(...t[series]);
};
/** Peak opioid stimulus above rest within [from, to] h (naive person: felt signal = receptor signal). */
const peakExcess = (doses: DoseEvent[], from = 0, to = Infinity): number => {
  const t = simulate({ to_h: 3, step_min: 1, doses });
  let m = 0;
  t.signal.forEach((s, i) => {
    if (t.t_h[i]! >= from && t.t_h[i]! <= to) m = Math.max(m, s / (1 - s) - endorphinStimulus);
  });
  return m;
};
const peakOccupancy = (doses: DoseEvent[], ligand: string): number =>
  Math.max(...simulate({ to_h: 3, step_min: 1, doses }).occupancy[ligand]!);

/** Finds x (log-bisection) where f(x) crosses target; f must fall as x rises. */
function solve(set: (x: number) => void, f: () => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi);
    set(mid);
    if (f() > target) lo = mid;
    else hi = mid;
  }
  const x = Math.sqrt(lo * hi);
  set(x);
  return x;
}

const dose = (drug: DoseEvent['drug'], route: DoseEvent['route'], mg: number, at_h = 0): DoseEvent[] => [
  { drug, route, mg, at_h },
];
const out: Record<string, number> = {};

out.heroin = solve(
  (kd) => ((kdOf('heroin').value = kd), (kdOf('6-MAM').value = kd)),
  () => peak(dose('heroin', 'iv', 25), 'euphoria'),
  62,
  10,
  1e6,
);
out['6-MAM'] = out.heroin;

// Breathing: lost = x^2 / (x^2 + X50^2) (a Hill slope of 2: the fit of the slope to Algera's two
// doses gives 1.9-2.0, and a whole number costs no power function in the engine's inner loop).
// Heroin fixes X50; the first fentanyl dose then fixes fentanyl's affinity; the second is a check.
const steepness = 2;
const odds = (p: number) => p / (1 - p);
const heroinExcess = peakExcess(dose('heroin', 'iv', 25));
const half = heroinExcess / odds(0.45) ** (1 / steepness);
const lost = (x: number) => x ** steepness / (x ** steepness + half ** steepness);
const fentanyl75 = dose('fentanyl', 'iv', 0.075);
const fentanyl225 = [...fentanyl75, ...dose('fentanyl', 'iv', 0.15, 1)];
out.fentanyl = solve(
  (kd) => (kdOf('fentanyl').value = kd),
  () => lost(peakExcess(fentanyl75, 0, 1)),
  0.4,
  1e-2,
  1e3,
);
const check225 = lost(peakExcess(fentanyl225, 1, 3));

const match = (name: keyof typeof LIGANDS, test: DoseEvent[], reference: DoseEvent[], hours = 12) => {
  const target = peak(reference, 'signal', hours);
  out[name] = solve(
    (kd) => (kdOf(name).value = kd),
    () => peak(test, 'signal', hours),
    target,
    1e-3,
    1e6,
  );
};
match('morphine', dose('morphine', 'iv', 20), dose('heroin', 'iv', 10));
match('oxycodone', dose('oxycodone', 'oral', 20), dose('morphine', 'oral', 30));
match('hydrocodone', dose('hydrocodone', 'oral', 30), dose('morphine', 'oral', 30));
match('methadone', dose('methadone', 'oral', 20), dose('morphine', 'iv', 10), 24);
out.naloxone = solve(
  (kd) => (kdOf('naloxone').value = kd),
  () => peakOccupancy(dose('naloxone', 'iv', 0.00229 * 70), 'naloxone'),
  0.5,
  1e-3,
  1e3,
);
for (const [name, kd] of Object.entries(out))
  console.log(`${name.padEnd(12)} kd = ${kd.toPrecision(3)} ng/mL`);
console.log(`breathingHalf = ${half.toPrecision(3)} stimulus (Hill slope ${steepness})`);
console.log(
  `check: 75 + 150 ug fentanyl takes ${check225.toFixed(2)} of breathing drive (Algera 2021: about 0.7)`,
);
