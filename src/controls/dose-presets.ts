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
