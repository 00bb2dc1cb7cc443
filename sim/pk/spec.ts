// The declarative form of a linear compartment model: compartments, first-order flows and effect sites.
// Amount compartments hold micrograms; effect sites hold a concentration in ng/mL (= ug/L).

export interface AmountCompartment {
  readonly id: string;
  /** Volume, L. Present for compartments whose concentration is a plasma output or a binding source. */
  readonly volume?: number;
  /** Name of the molecule whose plasma concentration this compartment reports. */
  readonly molecule?: string;
}

/** An effect site (biophase): dCe/dt = ke0 * (C_source - Ce). Ce in ng/mL. */
export interface EffectSite {
  readonly id: string;
  readonly source: string;
  /** 1/h */
  readonly ke0: number;
}

/** A first-order flow: `from` loses rate*amount; each product gains rate*amount*yield (yield counts
 *  both the share of the flow and the change of molar mass). What no product takes is eliminated. */
export interface Flow {
  readonly from: string;
  /** 1/h */
  readonly rate: number;
  readonly products?: ReadonlyArray<{ readonly to: string; readonly yield: number }>;
}

/** Where one mg of a dose by a route goes: fractions of the dose (as ug) into compartments. */
export interface RouteInput {
  readonly into: ReadonlyArray<{ readonly compartment: string; readonly fraction: number }>;
}

/** One part of a binding source: a compartment's concentration (ng/mL) times a weight. */
export interface LigandTerm {
  readonly id: string;
  readonly weight: number;
}

export interface SystemSpec {
  readonly name: string;
  readonly compartments: readonly AmountCompartment[];
  readonly effectSites: readonly EffectSite[];
  readonly flows: readonly Flow[];
  /** Keyed `${drug}/${route}`. */
  readonly routes: Readonly<Record<string, RouteInput>>;
  /** Receptor ligand name to the compartment (effect site or plasma) that drives its binding, or to
   *  the weighted compartments whose sum does (a binding source fed from two brain pools). */
  readonly ligands: Readonly<Record<string, string | readonly LigandTerm[]>>;
}
