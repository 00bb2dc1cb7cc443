// The receptor-site machine: every allowed transition, every event that must be ignored, and the
// rule of blockade (an agonist reaching a site held by an antagonist is turned away and counted).
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import type { LigandClass } from '../../sim/index';
import { receptorSiteMachine, type SiteEvent } from '../../src/scene/receptor-site-machine';

const EFFECTS = [
  'startBinding',
  'lightUp',
  'lightDim',
  'sitDark',
  'lightOff',
  'startUnbinding',
  'clearSite',
  'bounce',
  'countTurnedAway',
] as const;

/** A site actor whose effects are recorded instead of drawn. */
function site() {
  const log: string[] = [];
  const actions = Object.fromEntries(EFFECTS.map((name) => [name, () => void log.push(name)]));
  const actor = createActor(receptorSiteMachine.provide({ actions }), { input: { site: 7 } }).start();
  const send = (event: SiteEvent) => {
    log.length = 0;
    actor.send(event);
    return log.slice();
  };
  const value = () => actor.getSnapshot().value;
  const context = () => actor.getSnapshot().context;
  return { actor, send, value, context };
}

const arrive = (ligand: string, cls: LigandClass): SiteEvent => ({ type: 'ARRIVE', ligand, cls });
const HEROIN = arrive('heroin', 'agonist');
const ENDORPHIN = arrive('endorphin', 'endogenous');
const BUPRENORPHINE = arrive('buprenorphine', 'partial_agonist');
const NALTREXONE = arrive('naltrexone', 'antagonist');
const NALOXONE = arrive('naloxone', 'antagonist');

/** A site brought to a state by allowed events. */
function siteIn(state: 'free' | 'binding' | 'unbinding' | 'bound', by: SiteEvent = HEROIN) {
  const s = site();
  if (state === 'free') return s;
  s.send(by);
  if (state === 'binding') return s;
  s.send({ type: 'SETTLE' });
  if (state === 'bound') return s;
  s.send({ type: 'LEAVE' });
  return s;
}

describe('allowed transitions', () => {
  test('a new site is free and holds nothing', () => {
    const s = site();
    expect(s.value()).toBe('free');
    expect(s.context()).toEqual({ site: 7, ligand: null, cls: null, turnedAway: 0 });
  });

  test('a ligand arriving at a free site starts binding and is remembered', () => {
    const s = site();
    expect(s.send(HEROIN)).toEqual(['startBinding']);
    expect(s.value()).toBe('binding');
    expect(s.context()).toMatchObject({ ligand: 'heroin', cls: 'agonist' });
  });

  test.each([
    ['endorphin', ENDORPHIN, 'endorphin', 'lightUp'],
    ['heroin', HEROIN, 'agonist', 'lightUp'],
    ['buprenorphine', BUPRENORPHINE, 'partial', 'lightDim'],
    ['naltrexone', NALTREXONE, 'antagonist', 'sitDark'],
  ] as const)('%s settles into bound.%s and calls %s', (_, event, state, effect) => {
    const s = siteIn('binding', event);
    expect(s.send({ type: 'SETTLE' })).toEqual([effect]);
    expect(s.value()).toEqual({ bound: state });
  });

  test('a bound ligand leaves: the light goes off and the site is unbinding', () => {
    const s = siteIn('bound');
    expect(s.send({ type: 'LEAVE' })).toEqual(['lightOff', 'startUnbinding']);
    expect(s.value()).toBe('unbinding');
  });

  test('a ligand can be called away while still binding', () => {
    const s = siteIn('binding');
    expect(s.send({ type: 'LEAVE' })).toEqual(['startUnbinding']);
    expect(s.value()).toBe('unbinding');
  });

  test('once the leaving ligand is gone the site is free again and forgets it', () => {
    const s = siteIn('unbinding');
    expect(s.send({ type: 'CLEAR' })).toEqual(['clearSite']);
    expect(s.value()).toBe('free');
    expect(s.context()).toMatchObject({ ligand: null, cls: null });
  });

  test('SET jumps from any state straight to bound or free without animation', () => {
    for (const from of ['free', 'binding', 'bound', 'unbinding'] as const) {
      const s = siteIn(from);
      expect(s.send({ type: 'SET', ligand: 'naltrexone', cls: 'antagonist' })).toContain('sitDark');
      expect(s.value()).toEqual({ bound: 'antagonist' });
      expect(s.context()).toMatchObject({ ligand: 'naltrexone', cls: 'antagonist' });
      expect(s.send({ type: 'SET', ligand: null, cls: null })).toContain('clearSite');
      expect(s.value()).toBe('free');
    }
  });

  test('SET to the state a site is already in redraws it', () => {
    const s = site();
    s.send({ type: 'SET', ligand: 'heroin', cls: 'agonist' });
    expect(s.send({ type: 'SET', ligand: 'heroin', cls: 'agonist' })).toEqual(['lightOff', 'lightUp']);
  });
});

describe('forbidden transitions are ignored', () => {
  const ignored: Array<[string, ReturnType<typeof siteIn>, SiteEvent]> = [
    ['SETTLE on a free site', siteIn('free'), { type: 'SETTLE' }],
    ['LEAVE on a free site', siteIn('free'), { type: 'LEAVE' }],
    ['CLEAR on a free site', siteIn('free'), { type: 'CLEAR' }],
    ['CLEAR while binding', siteIn('binding'), { type: 'CLEAR' }],
    ['SETTLE when bound', siteIn('bound'), { type: 'SETTLE' }],
    ['CLEAR when bound', siteIn('bound'), { type: 'CLEAR' }],
    ['SETTLE while unbinding', siteIn('unbinding'), { type: 'SETTLE' }],
    ['LEAVE while unbinding', siteIn('unbinding'), { type: 'LEAVE' }],
    ['a ligand arriving while the last one leaves', siteIn('unbinding'), NALTREXONE],
  ];
  test.each(ignored)('%s', (_, s, event) => {
    const before = s.actor.getSnapshot();
    expect(s.send(event)).toEqual([]);
    expect(s.value()).toEqual(before.value);
    expect(s.context()).toEqual(before.context);
  });
});

describe('an occupied site takes no second ligand', () => {
  test.each([
    ['heroin at a site bound by heroin', HEROIN, HEROIN],
    ['naltrexone at a site bound by heroin (it must wait for heroin to leave)', HEROIN, NALTREXONE],
    ['endorphin at a site bound by buprenorphine', BUPRENORPHINE, ENDORPHIN],
    ['naloxone at a site bound by naltrexone', NALTREXONE, NALOXONE],
  ])('%s is refused without a bounce', (_, holder, arriving) => {
    const s = siteIn('bound', holder);
    const before = s.actor.getSnapshot();
    expect(s.send(arriving)).toEqual([]);
    expect(s.value()).toEqual(before.value);
    expect(s.context()).toEqual(before.context);
  });

  test('a second ligand reaching a site that is still binding is refused', () => {
    const s = siteIn('binding', HEROIN);
    expect(s.send(ENDORPHIN)).toEqual([]);
    expect(s.context()).toMatchObject({ ligand: 'heroin' });
  });
});

describe('the blocked rule', () => {
  test.each([
    ['heroin', HEROIN],
    ['endorphin', ENDORPHIN],
    ['buprenorphine', BUPRENORPHINE],
  ])('%s reaching a site held by naltrexone is turned away, bounced and counted', (_, agonist) => {
    const s = siteIn('bound', NALTREXONE);
    expect(s.send(agonist)).toEqual(['bounce', 'countTurnedAway']);
    expect(s.value()).toEqual({ bound: 'antagonist' });
    expect(s.context()).toMatchObject({ ligand: 'naltrexone', turnedAway: 1 });
    s.send(agonist);
    expect(s.context().turnedAway).toBe(2);
  });

  test('naltrexone still docking already turns heroin away', () => {
    const s = siteIn('binding', NALTREXONE);
    expect(s.send(HEROIN)).toEqual(['bounce', 'countTurnedAway']);
    expect(s.value()).toBe('binding');
  });

  test('a naltrexone site that has let go no longer turns anyone away', () => {
    const s = siteIn('unbinding', NALTREXONE);
    expect(s.send(HEROIN)).toEqual([]);
    s.send({ type: 'CLEAR' });
    expect(s.send(HEROIN)).toEqual(['startBinding']);
  });
});
