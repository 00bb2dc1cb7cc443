// How many random cases a property test tries. `npm test` always tries the full number. Mutation
// testing (`npm run mutate`) runs a mutant's covering tests once per mutant, on code that Stryker's
// instrumentation slows several times, so its config sets MUTATION_RUNS_SCALE (a fraction) and the
// heaviest properties try fewer cases: with a fixed seed, the first cases of the same sequence.
export function runs(n: number): number {
  const scale = Number(process.env.MUTATION_RUNS_SCALE ?? '1');
  if (!(scale > 0 && scale < 1)) return n;
  return Math.min(n, Math.max(10, Math.round(n * scale)));
}
