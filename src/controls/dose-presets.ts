// The usual amounts offered for each drug and route (pharmacology.md; prescribing labels and common
// street doses): one click gives a realistic dose, and any other amount can still be typed.
import { SUPPORTED_ROUTES, type Drug, type Route } from '../../sim/index';

export const USUAL_MG: Record<Drug, Partial<Record<Route, readonly number[]>>> = {
  naltrexone: { oral: [25, 50, 100], im: [380] },
  heroin: { iv: [10, 25, 50], intranasal: [25, 50, 100] },
  naloxone: { iv: [0.4, 2], im: [0.4, 2], intranasal: [4, 8] },
  morphine: { iv: [5, 10, 20], oral: [15, 30, 60] },
  oxycodone: { oral: [5, 10, 20, 40] },
  hydrocodone: { oral: [5, 10, 30] },
  fentanyl: { iv: [0.05, 0.1, 0.25], intranasal: [0.1, 0.2] },
  methadone: { oral: [30, 60, 100] },
  buprenorphine: { sublingual: [2, 8, 16] },
  // Standard drinks of 14 g of ethanol: one, two, four.
  alcohol: { oral: [14000, 28000, 56000] },
};

/**
 * About the most people take at one time, by drug and route, mg: above it the form warns (and still
 * gives the dose; the engine takes up to 10 g). Prescribed drugs: the label's largest single dose or
 * strength (morphine and methadone as in high-dose maintenance or pain care); street heroin and fentanyl:
 * large doses of tolerant users. A warning, not a limit: see docs/sources.md ("Dose warnings").
 */
export const MOST_TAKEN_MG: Record<Drug, Partial<Record<Route, number>>> = {
  naltrexone: { oral: 150, im: 380 },
  heroin: { iv: 150, intranasal: 300 },
  naloxone: { iv: 10, im: 10, intranasal: 8 },
  morphine: { iv: 50, oral: 200 },
  oxycodone: { oral: 80 },
  hydrocodone: { oral: 120 },
  fentanyl: { iv: 0.5, intranasal: 0.4 },
  methadone: { oral: 200 },
  buprenorphine: { sublingual: 32 },
  // About ten standard drinks at one sitting: heavy binge drinking (NIAAA counts 4-5 as a binge).
  alcohol: { oral: 140000 },
};

/** The amount above which a dose of `drug` by `route` is more than people take at once (mg). */
export const mostTaken = (drug: Drug, route: Route): number | undefined => MOST_TAKEN_MG[drug][route];

/** The route offered first: the usual one (tablets for naltrexone, a nasal spray for naloxone). */
export const FIRST_ROUTE: Partial<Record<Drug, Route>> = { naloxone: 'intranasal' };

export function routesOf(drug: Drug): readonly Route[] {
  const routes = SUPPORTED_ROUTES[drug];
  const first = FIRST_ROUTE[drug];
  return first ? [first, ...routes.filter((r) => r !== first)] : routes;
}

export function usualAmounts(drug: Drug, route: Route): readonly number[] {
  return USUAL_MG[drug][route] ?? [];
}

/** The amount chosen when a drug and route are picked: the middle usual amount (50 mg naltrexone). */
export function defaultAmount(drug: Drug, route: Route): number {
  const u = usualAmounts(drug, route);
  return u[Math.floor((u.length - 1) / 2)] ?? 1;
}
