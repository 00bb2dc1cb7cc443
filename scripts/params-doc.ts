// Writes the parameter table of docs/model.md from the catalogue (sim/params), between the markers
// <!-- parameters:start --> and <!-- parameters:end -->. `--check` exits 1 if the file is stale.
//   npx tsx scripts/params-doc.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOGUE } from '../sim/index';

const START = '<!-- parameters:start -->';
const END = '<!-- parameters:end -->';
const FILE = 'docs/model.md';

const fmt = (v: number) =>
  Number.isInteger(v)
    ? String(v)
    : Math.abs(v) >= 0.01 && Math.abs(v) < 1e5
      ? String(+v.toPrecision(4))
      : v.toExponential(3);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function parameterTable(): string {
  const lines: string[] = [];
  let group = '';
  for (const r of CATALOGUE) {
    if (r.group !== group) {
      group = r.group;
      lines.push(
        '',
        `**${group}**`,
        '',
        '| parameter | value | unit | conf. | source |',
        '|---|---|---|---|---|',
      );
    }
    lines.push(
      `| ${r.name} | ${fmt(r.value)} | ${cell(r.unit)} | ${r.confidence} | ${cell(r.source)}${r.note ? ` (${cell(r.note)})` : ''} |`,
    );
  }
  return lines.join('\n').trim();
}

export function withTable(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${FILE} lacks the ${START} ... ${END} markers`);
  return `${doc.slice(0, a + START.length)}\n\n${parameterTable()}\n\n${doc.slice(b)}`;
}

if (process.argv[1]?.endsWith('params-doc.ts')) {
  const doc = readFileSync(FILE, 'utf8');
  const next = withTable(doc);
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      process.stderr.write(`${FILE}: the parameter table is stale; run npx tsx scripts/params-doc.ts\n`);
      process.exit(1);
    }
  } else writeFileSync(FILE, next);
}
