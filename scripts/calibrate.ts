// Re-derives the calibrated affinities of sim/params/receptor.ts (those marked "calibrated by
// scripts/calibrate.ts") and prints them. Run after changing any PK or response parameter:
//   npx tsx scripts/calibrate.ts
// It only prints; copy the values into the catalogue. tests/sim/potency.test.ts checks them.
import { LIGANDS, simulate, type DoseEvent } from '../sim/index';

type Mutable = { value: number };
const kdOf = (name: keyof typeof LIGANDS) => LIGANDS[name].kd as unknown as Mutable;

const peak = (doses: DoseEvent[], series: 'signal' | 'euphoria', hours = 12): number => {
  const t = simulate({ to_h: hours, step_min: 1, doses });
  return Math.max(...t[series]);
};
const peakOccupancy = (doses: DoseEvent[], ligand: string): number =>
  Math.max(...simulate({ to_h: 3, step_min: 1, doses }).occupancy[ligand]!);

/** Finds kd (log-bisection) where f(kd) crosses target; f must fall as kd rises. */
function solve(set: (kd: number) => void, f: () => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi);
    set(mid);
    if (f() > target) lo = mid;
    else hi = mid;
  }
  const kd = Math.sqrt(lo * hi);
  set(kd);
  return kd;
}

const dose = (drug: DoseEvent['drug'], route: DoseEvent['route'], mg: number): DoseEvent[] => [
  { drug, route, mg, at_h: 0 },
];

const out: Record<string, number> = {};
out.heroin = solve(
  (kd) => ((kdOf('heroin').value = kd), (kdOf('6-MAM').value = kd)),
  () => peak(dose('heroin', 'iv', 25), 'euphoria'),
  70,
  10,
  1e6,
);
out['6-MAM'] = out.heroin;
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
match('fentanyl', dose('fentanyl', 'iv', 0.1), dose('morphine', 'iv', 10));
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
