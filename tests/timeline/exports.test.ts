// @vitest-environment jsdom
// Exports are the engine's own output: the CSV and JSON files equal toCsv and toJson of the same
// scenario; the scenario file reads back to the same scenario; a chart exports as a standalone SVG.
import { describe, expect, test } from 'vitest';
import { LESSONS, simulate, toCsv, toJson, validateScenario } from '../../sim/index';
import { parseScenarioFile } from '../../src/controls/scenario-file';
import { MARGIN } from '../../src/timeline/chart-frame';
import { chartSvg, fileStem, scenarioJson, timelineCsv, timelineJson } from '../../src/core/exports';
import { createFeelChart } from '../../src/timeline/feel-chart';
import { scenarioLine } from '../../src/timeline/export-buttons';
import { tinyTimeline } from './fixtures';

const scenario = LESSONS.find((l) => l.id === 'too-early')!.scenario;

describe('exports', () => {
  test('the timeline CSV is the engine’s CSV, byte for byte', () => {
    expect(timelineCsv(simulate(scenario))).toBe(toCsv(simulate(scenario)));
  });

  test('the timeline JSON parses to the engine’s JSON', () => {
    const tl = simulate(scenario);
    expect(JSON.parse(timelineJson(tl))).toEqual(toJson(tl));
  });

  test('the scenario file reads back as the same, valid scenario', () => {
    const back = parseScenarioFile(scenarioJson(scenario));
    expect(back).toEqual({ ok: true, scenario: validateScenario(scenario).ok ? scenario : null });
  });

  test('file names come from the scenario title', () => {
    expect(fileStem('Naltrexone 1 day after the last opioid')).toBe('naltrexone-1-day-after-the-last-opioid');
    expect(fileStem('')).toBe('scenario');
    expect(fileStem(undefined)).toBe('scenario');
  });

  test('a chart exports as a standalone SVG with a background, no classes and its paths', () => {
    document.body.innerHTML = '<div id="h"></div>';
    const chart = createFeelChart(document.getElementById('h')!);
    chart.update(tinyTimeline(), {
      h0: 0,
      h1: 2,
      width: MARGIN.left + 200 + MARGIN.right,
      ticks: [0, 1, 2],
      step: 1,
      events: [],
      from: 0,
    });
    const text = chartSvg(chart.frame.svg.node()!, '#ffffff');
    expect(text.startsWith('<?xml')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
    expect(svg.querySelectorAll('[class]')).toHaveLength(0);
    expect(svg.querySelector('title')!.textContent).toBe('How it feels');
    expect(svg.querySelectorAll('path').length).toBeGreaterThanOrEqual(4);
  });

  test('an exported chart carries its title, the scenario, its units and its key above the plot', () => {
    document.body.innerHTML = '<div id="h"></div>';
    const chart = createFeelChart(document.getElementById('h')!);
    chart.update(tinyTimeline(), {
      h0: 0,
      h1: 2,
      width: MARGIN.left + 200 + MARGIN.right,
      ticks: [0, 1, 2],
      step: 1,
      events: [],
      from: 0,
    });
    const plain = new DOMParser().parseFromString(chartSvg(chart.frame.svg.node()!, '#fff'), 'image/svg+xml');
    const heading = {
      title: 'How it feels',
      scenario: 'Scenario: Too early',
      units: 'Euphoria 0 to 100; withdrawal on the COWS scale, 0 to 48.',
      key: chart.exportKey(),
      ink: '#1a1a1a',
    };
    const doc = new DOMParser().parseFromString(
      chartSvg(chart.frame.svg.node()!, '#fff', heading),
      'image/svg+xml',
    );
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const w of [heading.title, heading.scenario, heading.units, 'euphoria', 'withdrawal (COWS)'])
      expect(words).toContain(w);
    const height = (d: Document) => Number(d.documentElement.getAttribute('height'));
    expect(height(doc)).toBeGreaterThan(height(plain) + 60);
    // The plot keeps its drawing, moved down under the heading.
    expect(doc.querySelectorAll('path').length).toBe(plain.querySelectorAll('path').length);
  });
});

describe('opening a scenario file', () => {
  test('a file that is not JSON is refused, saying so', () => {
    const r = parseScenarioFile('{ not json');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/^file: is not valid JSON/);
  });

  test('a bad scenario is refused with a line per problem naming the field', () => {
    const r = parseScenarioFile(
      JSON.stringify({ to_h: 24, doses: [{ drug: 'heroin', route: 'oral', mg: -5, at_h: 1 }] }),
    );
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.some((e) => e.startsWith('doses[0].mg:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('doses[0].route:'))).toBe(true);
  });
});

describe('an exported chart names its scenario', () => {
  test('by its title, or as unnamed when it has none', () => {
    expect(scenarioLine('Too early')).toBe('Scenario: Too early');
    expect(scenarioLine(undefined)).toBe('Scenario: an unnamed scenario');
  });

  test('a title is shown as written, even with $ patterns that String.replace would expand', () => {
    for (const title of ["Costs $$ and $& and $' and $`", 'Week $1'])
      expect(scenarioLine(title)).toBe(`Scenario: ${title}`);
  });
});
