// The lessons' scenarios (pure data, shared by the app, the tests and `npm run simulate -- <id>`).
// The guided steps and narration live in src/lessons; here is only what the engine runs.
import type { DoseEvent, Scenario } from '../scenario';
import { DRUG_X_LESSON_SEED, drugXProfile, drugXScenario } from './drug-x';

export interface LessonScenario {
  id: string;
  number: number;
  title: string;
  scenario: Scenario;
  /** Alternatives the lesson compares against the main scenario. */
  variants: { id: string; label: string; scenario: Scenario }[];
}

const DAY = 24;

/** A dependent heroin user: `mg` (50) IV every 8 hours for 30 days, last dose at `lastH`. */
export function heroinHabit(lastH: number, days = 30, mg = 50): DoseEvent {
  return { drug: 'heroin', route: 'iv', mg, at_h: lastH - days * DAY + 8, every_h: 8, until_h: lastH };
}

/** Methadone maintenance: 60 mg by mouth daily for 30 days, last dose at `lastH`. */
export function methadoneHabit(lastH: number, days = 30): DoseEvent {
  return {
    drug: 'methadone',
    route: 'oral',
    mg: 60,
    at_h: lastH - (days - 1) * DAY,
    every_h: DAY,
    until_h: lastH,
  };
}

const ntxOral = (at_h: number, mg = 50): DoseEvent => ({ drug: 'naltrexone', route: 'oral', mg, at_h });
const tablets = (fromDay: number, toDay: number): DoseEvent => ({
  drug: 'naltrexone',
  route: 'oral',
  mg: 50,
  at_h: fromDay * DAY,
  every_h: DAY,
  until_h: toDay * DAY,
});

const early = (startDay: number, habit: DoseEvent): Scenario => ({
  title: `Naltrexone ${startDay} day${startDay === 1 ? '' : 's'} after the last opioid`,
  from_h: -32 * DAY,
  output_from_h: -2 * DAY,
  to_h: (startDay + 3) * DAY,
  step_min: 10,
  doses: [habit, ntxOral(startDay * DAY)],
});

/** Naltrexone from day 10 of abstinence (25 mg, then 50 mg a day); heroin `mg` IV on day 13. */
const afterDetox = (mg: number): Scenario => ({
  title:
    mg === 25
      ? 'Naltrexone from day 10 of abstinence; heroin on day 13'
      : `Naltrexone from day 10 of abstinence; ${mg} mg of heroin on day 13`,
  from_h: -40 * DAY,
  output_from_h: 8 * DAY,
  to_h: 16 * DAY,
  step_min: 5,
  doses: [
    heroinHabit(0),
    ntxOral(10 * DAY, 25),
    tablets(11, 16),
    { drug: 'heroin', route: 'iv', mg, at_h: 13 * DAY + 12 },
  ],
});

/** Four standard drinks (14 g of ethanol each) over an evening on day 2, from 19:00, half an hour
 *  apart; with naltrexone 50 mg a day from day 0 when `naltrexone`. */
const evening = (naltrexone: boolean): Scenario => ({
  title: naltrexone
    ? 'Four drinks on day 2, on naltrexone tablets'
    : 'Four drinks on day 2, without naltrexone',
  to_h: 3 * DAY,
  output_from_h: 2 * DAY,
  step_min: 5,
  doses: [
    ...(naltrexone ? [tablets(0, 2)] : []),
    ...[0, 0.5, 1, 1.5].map(
      (h) => ({ drug: 'alcohol', route: 'oral', mg: 14000, at_h: 2 * DAY + 19 + h }) as const,
    ),
  ],
});

/** A heavier user (100 mg three times a day) detoxes, has one injection on day 0 and does not come back;
 *  on day 84 they take their old dose. Optionally a bystander gives naloxone spray 5 minutes later. */
const stopped = (naloxone: boolean): Scenario => ({
  title: naloxone ? 'The old dose, then naloxone spray' : 'The old dose, 12 weeks after the last injection',
  from_h: -40 * DAY,
  output_from_h: -1 * DAY,
  to_h: 85 * DAY,
  // Heroin's breathing peak lasts minutes: a finer grid than 10 min is needed to see its top.
  step_min: 5,
  doses: [
    heroinHabit(-10 * DAY, 30, 100),
    { drug: 'naltrexone', route: 'im', mg: 380, at_h: 0 },
    { drug: 'heroin', route: 'iv', mg: 100, at_h: 84 * DAY },
    ...(naloxone ? [{ drug: 'naloxone', route: 'intranasal', mg: 4, at_h: 84 * DAY + 1 / 12 } as const] : []),
  ],
});

export const LESSONS: LessonScenario[] = [
  {
    id: 'endorphins',
    number: 1,
    title: 'Endorphins and the baseline',
    scenario: { title: 'A day without opioids', to_h: 24, step_min: 10, doses: [] },
    variants: [],
  },
  {
    id: 'opioid-high',
    number: 2,
    title: 'An opioid high: heroin, oxycodone, hydrocodone and fentanyl',
    scenario: {
      title: 'Four opioids, twelve hours apart',
      to_h: 48,
      step_min: 2,
      doses: [
        { drug: 'heroin', route: 'iv', mg: 25, at_h: 1 },
        { drug: 'oxycodone', route: 'oral', mg: 20, at_h: 13 },
        { drug: 'hydrocodone', route: 'oral', mg: 30, at_h: 25 },
        { drug: 'fentanyl', route: 'iv', mg: 0.1, at_h: 37 },
      ],
    },
    variants: [],
  },
  {
    id: 'tolerance',
    number: 3,
    title: 'Tolerance, dependence and withdrawal',
    scenario: {
      title: 'Thirty days of heroin, then stopping',
      to_h: 44 * DAY,
      step_min: 30,
      doses: [heroinHabit(30 * DAY)],
    },
    variants: [],
  },
  {
    id: 'blockade',
    number: 4,
    title: 'Naltrexone after detox: the opioid is turned away',
    scenario: afterDetox(25),
    variants: [{ id: 'forty-times', label: 'Forty times the dose: 1 g', scenario: afterDetox(1000) }],
  },
  {
    id: 'too-early',
    number: 5,
    title: 'Too early: precipitated withdrawal, and why wait before starting',
    scenario: early(1, heroinHabit(0)),
    variants: [
      { id: 'day-10', label: 'Start on day 10', scenario: early(10, heroinHabit(0)) },
      { id: 'methadone-day-7', label: 'After methadone, day 7', scenario: early(7, methadoneHabit(0)) },
      { id: 'methadone-day-14', label: 'After methadone, day 14', scenario: early(14, methadoneHabit(0)) },
    ],
  },
  {
    id: 'overcome',
    number: 6,
    title: 'Overcoming the blockade, lost tolerance, and naloxone',
    scenario: {
      title: 'Monthly injection, heroin while blocked, then a large dose as it wears off',
      from_h: -40 * DAY,
      output_from_h: -1 * DAY,
      to_h: 45 * DAY,
      step_min: 10,
      doses: [
        heroinHabit(-10 * DAY),
        { drug: 'naltrexone', route: 'im', mg: 380, at_h: 0 },
        { drug: 'heroin', route: 'iv', mg: 25, at_h: 14 * DAY },
        { drug: 'heroin', route: 'iv', mg: 150, at_h: 42 * DAY },
      ],
    },
    variants: [
      {
        id: 'no-naltrexone',
        label: 'The old dose after 3 weeks without opioids',
        scenario: {
          title: 'Back to the old daily dose after three weeks without opioids',
          from_h: -40 * DAY,
          output_from_h: -1 * DAY,
          to_h: 12 * DAY,
          step_min: 10,
          doses: [heroinHabit(-10 * DAY), { drug: 'heroin', route: 'iv', mg: 50, at_h: 11 * DAY }],
        },
      },
      { id: 'stopped', label: 'The old dose, 12 weeks after the last injection', scenario: stopped(false) },
      { id: 'naloxone', label: 'The same, with naloxone spray 5 minutes later', scenario: stopped(true) },
    ],
  },
  {
    id: 'tablets-vs-injection',
    number: 7,
    title: 'Tablets or the monthly injection',
    scenario: {
      title: 'Monthly 380 mg injections, the third one a week late',
      to_h: 90 * DAY,
      step_min: 60,
      doses: [
        { drug: 'naltrexone', route: 'im', mg: 380, at_h: 0 },
        { drug: 'naltrexone', route: 'im', mg: 380, at_h: 28 * DAY },
        { drug: 'naltrexone', route: 'im', mg: 380, at_h: 63 * DAY },
      ],
    },
    variants: [
      {
        id: 'tablets',
        label: 'Tablets: 25 mg, then 50 mg a day, one day missed',
        scenario: {
          title: 'Tablets with a missed dose on day 12',
          to_h: 30 * DAY,
          step_min: 30,
          doses: [ntxOral(0, 25), tablets(1, 11), tablets(13, 29)],
        },
      },
      {
        id: 'one-injection',
        label: 'One injection, and no more',
        scenario: {
          title: 'A single 380 mg injection, never repeated',
          to_h: 90 * DAY,
          step_min: 60,
          doses: [{ drug: 'naltrexone', route: 'im', mg: 380, at_h: 0 }],
        },
      },
    ],
  },
  {
    id: 'sandbox',
    number: 8,
    title: 'Sandbox',
    scenario: { title: 'Your own doses', to_h: 7 * DAY, step_min: 10, doses: [] },
    variants: [],
  },
  {
    id: 'alcohol',
    number: 9,
    title: 'Alcohol and the reward',
    scenario: evening(true),
    variants: [
      { id: 'no-naltrexone', label: 'The same evening without naltrexone', scenario: evening(false) },
    ],
  },
  // The unknown-drug exercise (issue 15): the command line runs Drug X of the class seed, given
  // alone. The app never loads that scenario (its charts would name the drug): its steps show the
  // known antagonist of the variant, and the exercise opens in its own window (src/drugx).
  {
    id: 'unknown-drug',
    number: 10,
    title: `The unknown drug (Drug X, seed ${DRUG_X_LESSON_SEED})`,
    scenario: drugXScenario(drugXProfile(DRUG_X_LESSON_SEED), 'alone'),
    variants: [
      {
        id: 'antagonist-alone',
        label: 'A known antagonist given alone: naloxone',
        scenario: {
          title: 'Naloxone 0.4 mg IV in a person with no opioids',
          to_h: 6,
          step_min: 1,
          doses: [{ drug: 'naloxone', route: 'iv', mg: 0.4, at_h: 1 }],
        },
      },
    ],
  },
];

export function lessonById(id: string): LessonScenario | undefined {
  return LESSONS.find((l) => l.id === id);
}
