// The whole parameter catalogue as one flat list (group, name, value, unit, confidence, source):
// what docs/model.md's table and the app's "model and sources" panel show.
import {
  BUPRENORPHINE,
  FENTANYL,
  HEROIN,
  HYDROCODONE,
  MAM,
  METHADONE,
  MORPHINE,
  NALOXONE,
  NALTREXONE,
  OXYCODONE,
} from './pk';
import { ALCOHOL } from './alcohol';
import { LIGANDS } from './receptor';
import { EVENT_THRESHOLDS, RESPONSE } from './response';
import type { Confidence, Param } from './types';

export interface CatalogueRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  confidence: Confidence;
  source: string;
  note?: string;
}

const PK_GROUPS: Array<[string, Record<string, Param | readonly Param[]>]> = [
  ['PK: heroin', HEROIN],
  ['PK: 6-MAM', MAM],
  ['PK: morphine', MORPHINE],
  ['PK: oxycodone', OXYCODONE],
  ['PK: hydrocodone', HYDROCODONE],
  ['PK: fentanyl', FENTANYL],
  ['PK: methadone', METHADONE],
  ['PK: buprenorphine', BUPRENORPHINE],
  ['PK: naloxone', NALOXONE],
  ['PK: naltrexone', NALTREXONE],
];

function rows(group: string, table: Record<string, Param | readonly Param[]>): CatalogueRow[] {
  return Object.entries(table).flatMap(([name, v]) =>
    (Array.isArray(v)
      ? (v as Param[]).map((p, i) => [`${name}[${i}]`, p] as const)
      : [[name, v as Param] as const]
    ).map(([n, p]) => ({
      group,
      name: n,
      value: p.value,
      unit: p.unit,
      confidence: p.confidence,
      source: p.source,
      ...(p.note ? { note: p.note } : {}),
    })),
  );
}

export const CATALOGUE: readonly CatalogueRow[] = [
  ...PK_GROUPS.flatMap(([g, t]) => rows(g, t)),
  ...Object.entries(LIGANDS).flatMap(([name, l]) => {
    const { class: _class, ...params } = l;
    return rows(`Receptor: ${name} (${l.class.replace('_', ' ')})`, params as Record<string, Param>);
  }),
  ...rows('Signal, adaptation, withdrawal, breathing', RESPONSE),
  ...rows('Alcohol', ALCOHOL),
  ...rows('Event thresholds', EVENT_THRESHOLDS),
];
