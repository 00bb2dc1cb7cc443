// How the model is wired from its parts: the compiled PK systems per body weight (cached, so their
// propagators survive between runs), the PK states a scenario's doses can reach, and where each
// receptor ligand's concentration comes from in the state.
import { LinearSystem } from './pk/linear-system';
import { buildSystems } from './pk/systems';
import type { PoolLigand, Source } from './receptor/pool';
import type { Administration } from './scenario';

const systemCache = new Map<number, LinearSystem[]>();
/** Compiled systems per body weight; reused so their cached propagators survive between runs. */
export function systemsFor(weightKg: number): LinearSystem[] {
  let s = systemCache.get(weightKg);
  if (!s) {
    s = buildSystems(weightKg).map((spec) => new LinearSystem(spec));
    if (systemCache.size > 8) systemCache.clear();
    systemCache.set(weightKg, s);
  }
  return s;
}

/** The states the given doses can reach, ascending, and where each system's share of them begins. */
export function reachable(
  systems: readonly LinearSystem[],
  offset: Int32Array,
  given: readonly Administration[],
): [Int32Array, Int32Array] {
  const reach: number[] = [];
  const from = new Int32Array(systems.length + 1);
  systems.forEach((s, si) => {
    from[si] = reach.length;
    const inputs = given.flatMap((a) => s.input(a.drug, a.route) ?? []);
    for (const i of s.reachable(inputs)) reach.push(offset[si]! + i);
  });
  from[systems.length] = reach.length;
  return [Int32Array.from(reach), from];
}

/** Where a pool ligand's receptor ratio comes from in `State.x`. */
export function sourceOf(l: PoolLigand, systems: readonly LinearSystem[], offset: Int32Array): Source {
  const src: Source = {
    at: 0,
    gain: 0,
    at2: -1,
    gain2: 0,
    blocks: l.name === 'naltrexone' || l.name === '6-beta-naltrexol',
  };
  systems.forEach((s, si) => {
    const [first, second] = s.ligands.find((x) => x.name === l.name)?.terms ?? [];
    if (!first) return;
    src.at = offset[si]! + first.at;
    src.gain = first.toNgMl * l.perNgMl;
    if (second) {
      src.at2 = offset[si]! + second.at;
      src.gain2 = second.toNgMl * l.perNgMl;
    }
  });
  return src;
}
