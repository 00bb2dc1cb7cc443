// Types of what scripts/mutation-areas.mjs exports, for scripts/mutate.ts.
export interface MutationUnit {
  /** Globs of the files mutated together in one Stryker run. */
  mutate: string[];
  /** Globs of the unit tests that judge them. */
  tests: string[];
}
export declare const areas: Record<
  'sim' | 'machines' | 'sampler' | 'dates' | 'url' | 'charts',
  Record<string, MutationUnit>
>;
export declare const units: Record<string, MutationUnit & { area: string }>;
