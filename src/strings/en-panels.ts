// The words of the panels that load when first opened (the body map, the dose-shift explorer and
// the Drug X exercise), kept apart from en.ts so they load with those panels and not before the first
// frame. A translation (es-panels.ts) has exactly these keys: its type, `PanelTable`, is worked out
// from this file as en.ts's `Table` is, so a missing or extra key does not compile.
// The body map is read by patients with their counsellor: plain words, graded with the counsellor's
// view (tests/content/plain-words.test.ts). Every medical statement has its source in docs/sources.md.
import type { Loose, Translation } from './types';

export const enPanels = {
  // bodyMap: where the receptors are (src/bodymap). Every audience opens it, counsellors with
  // patients too.
  bodyMap: {
    intro:
      'Opioid receptors are the tiny locks on nerve cells. They sit in the brain, the spinal cord, the stomach and the small intestine. Each place does a different job. Choose a place to see what happens there.',
    figureLabel:
      'A simple drawing of a person. It marks four places: the brain, the brainstem at the base of the brain, the spinal cord in the back, and the stomach and gut.',
    placesLegend: 'Choose a place',
    places: {
      brain: {
        name: 'Brain',
        job: 'Reward and ease',
        text: 'Here your own endorphins turn the locks a little. That gives a calm sense of ease. Opioids turn them hard: that is the high. Naltrexone blocks the locks, so an opioid gives little or no high.',
        sideHeading: 'Side effects of naltrexone felt here',
        side: [
          'Headache',
          'Feeling tired',
          'Trouble sleeping',
          'Feeling anxious or restless',
          'Feeling dizzy',
        ],
      },
      brainstem: {
        name: 'Brainstem',
        job: 'Breathing',
        text: 'The brainstem keeps you breathing without thinking about it. Opioids slow it down. Too much opioid can stop breathing. That is how people die of an overdose.',
        sideHeading: 'The danger here',
        side: [
          'Naltrexone itself does not slow breathing.',
          'A large dose taken to beat the block can stop breathing.',
          'When the block wears off, even a small dose can stop breathing.',
        ],
      },
      spinal: {
        name: 'Spinal cord',
        job: 'Pain relief',
        text: 'Here the locks turn down pain signals on their way to the brain. That is how opioid pain medicines work. Naltrexone blocks these locks too.',
        sideHeading: 'What this means',
        side: [
          'Opioid medicines will not work well. That means some pills for pain, cough or loose stools.',
          'In an emergency, tell the staff you take naltrexone. Carry a card that says so.',
        ],
      },
      gut: {
        name: 'Stomach and gut',
        job: 'Digestion',
        text: 'Locks on nerve cells in the stomach and small intestine slow the bowel when an opioid turns them. That is why opioids cause constipation. Naltrexone most often upsets the stomach.',
        sideHeading: 'Side effects of naltrexone felt here',
        side: [
          'Feeling sick',
          'Throwing up',
          'Stomach cramps',
          'Loose stools or constipation',
          'Not feeling hungry',
        ],
      },
    },
    nowHeading: 'The locks in the model now',
    nowAt: (time: string) => `At ${time} on the timeline:`,
    shares: {
      endorphin: (pct: number) => `${pct}% held by the body’s own endorphins`,
      opioid: (pct: number) => `${pct}% held by opioids`,
      blocker: (pct: number) => `${pct}% held by naltrexone or naloxone`,
      free: (pct: number) => `${pct}% free`,
    },
    feel: {
      brain: (n: number) => `How it feels in the model now: a high of ${n} out of 100.`,
      brainstem: (n: number) => `Breathing in the model now: ${n}% of the drive to breathe is lost.`,
      spinal: 'The model does not work out pain.',
      gut: 'The model does not work out the bowel.',
    },
    onePool:
      'The model has one pool of locks for the whole body, so every place shows the same numbers. This is a simple picture. In a real body, drug levels and the number of locks differ from place to place.',
    sideNote:
      'The drug labels list side effects, not where in the body they start. The places here are a simple guide.',
  },
  // explorer: the dose-shift explorer, "What would it take?" (src/explorer); students and lecturers.
  explorer: {
    intro:
      'Each point is one dose of the opioid, run by the model with the person’s whole history. Under naltrexone the curves move to the right: the same effect takes more drug. They still reach the danger zone: a dose large enough to break through can stop breathing.',
    story:
      'The person: 50 mg of heroin injected three times a day for a month, then 10 days without opioids before naltrexone starts, as the labels require.',
    opioidLabel: 'Opioid',
    routes: { iv: 'injected', oral: 'by mouth' },
    stateLegend: 'Naltrexone',
    states: {
      none: 'None',
      tablets: 'Tablets, at the low point',
      week1: 'Injection, week 1',
      week4: 'Injection, week 4',
      stopped: '21 days after stopping',
    },
    stateText: {
      none: 'No naltrexone, 10 days after the last heroin: the day treatment would start. Most of the tolerance is already gone.',
      tablets:
        'Two weeks of tablets (25 mg, then 50 mg a day); the dose is taken 24 hours after the last tablet, just before the next is due: the weakest point of the tablets.',
      week1: 'Seven days after the 380 mg monthly injection (given 10 days after the last heroin).',
      week4: 'Twenty-eight days after the injection: the day the next one is due.',
      stopped:
        'Twenty-one days after the last of two weeks of tablets. The block is gone, and so is the tolerance of daily use: compare with the dotted curve.',
    },
    curves: {
      state: 'This moment',
      sameDay: 'Same day, no naltrexone',
      tolerant: 'While still using every day',
    },
    euphoriaTitle: 'Peak euphoria (0-100)',
    breathingTitle: 'Peak breathing drive lost (%)',
    doseAxis: 'Dose, mg (log scale)',
    danger: 'Danger zone: half the breathing drive lost',
    breakLine: 'A high breaks through (20)',
    usual: 'usual dose',
    chartDescription: (what: string) =>
      `${what} against the dose on a log scale, for this moment, the same day without naltrexone, and while still using every day.`,
    blocked: (pct: number) => `When the dose is taken, naltrexone holds ${pct}% of the receptors.`,
    shift: (dose: string, ratio: string, ref: string, predicted: string) =>
      `Half the breathing drive is lost at ${dose}: ${ratio} times the dose that does it on the same day without naltrexone (${ref}). Competitive (Gaddum) theory predicts ${predicted} times from the share naltrexone holds.`,
    noBlock: (dose: string) => `Without naltrexone, half the breathing drive is lost at ${dose}.`,
    tolerance: (tolerant: string, now: string) =>
      `While the person used every day it took ${tolerant}; now ${now} does it. Tolerance is lost within days of stopping.`,
    beyond: 'more than the largest dose shown',
    cursorLabel: 'Read the curves at a dose',
    readout: (dose: string, rows: string) => `At ${dose}: ${rows}.`,
    readoutRow: (curve: string, euphoria: number, breathing: number) =>
      `${curve}, euphoria ${euphoria} and breathing drive lost ${breathing}%`,
    computing: 'Computing…',
    comparing: 'Computing the comparison curves…',
    computed: (sweep: number, all: number, doses: number) =>
      `${doses} doses per curve. This moment’s curve took ${sweep} ms; with the two comparison curves, ${all} ms.`,
    computedOne: (sweep: number, doses: number) =>
      `${doses} doses per curve. This moment’s curve took ${sweep} ms; the comparison curves were computed earlier.`,
    cached: (doses: number) => `${doses} doses per curve, computed earlier.`,
    tableSummary: 'The numbers',
    tableCaption: 'Peak euphoria (0-100) and breathing drive lost (%) for each dose',
    tableDose: 'Dose (mg)',
    schild: {
      summary: 'Schild plot (for students)',
      text: 'The monthly injection at weeks 1 to 6 and the tablets at their low point. For each, the dose ratio (how many times the dose it takes to lose half the breathing drive) against the naltrexone at the receptors. Competitive antagonism gives a straight line with a slope of 1 (Arunlakshana and Schild 1959).',
      compute: 'Compute the Schild plot',
      xAxis: 'log₁₀ naltrexone at the receptors (ng/mL, plasma-equivalent)',
      yAxis: 'log₁₀ (dose ratio − 1)',
      slope: (slope: string) => `Slope ${slope}: competition predicts 1.`,
      note: 'Naltrexone at the receptors is the model’s brain level, read from the share of receptors naltrexone and 6β-naltrexol hold against endorphin alone (6β-naltrexol counted at its lower strength); it is not a blood level.',
      point: (label: string, x: string, y: string) => `${label}: x ${x}, y ${y}`,
      injectionDay: (day: number) => `Injection, day ${day}`,
      tablets: 'Tablets, low point',
      description: 'Schild plot: one point per moment of treatment and the fitted straight line.',
    },
  },
  // drugX: the unknown-drug exercise (src/drugx); students and lecturers.
  drugX: {
    intro:
      'Drug X is one of the model’s drugs, hidden. Run the three experiments, watch the receptors and the curves, then say what kind of drug it is and how long it acts.',
    seedLabel: 'Drug number',
    seedHint: 'Everyone who opens the same link gets the same drug. The link carries only this number.',
    seedUse: 'Use this number',
    seedBad: (min: number, max: number) => `Give a whole number from ${min} to ${max}.`,
    another: 'Another drug',
    copyLink: 'Copy the class link',
    copied: 'Link copied: everyone who opens it gets this drug.',
    manual: 'Copy this link:',
    dose: (mg: string) =>
      `The usual amount of Drug X is ${mg} mg; the experiments can give 4 or 16 times as much.`,
    experimentLegend: 'Experiment',
    experiments: { alone: 'Alone', naltrexone: 'With naltrexone', opioid: 'After an opioid' },
    experimentText: {
      alone: 'A person with no opioids in their body takes Drug X at hour 2.',
      naltrexone: 'The same person takes 50 mg of naltrexone at hour 0, then Drug X at hour 2.',
      opioid:
        'Someone who has injected heroin three times a day for a month takes Drug X at hour 2, 14 hours after their last dose, as withdrawal begins.',
    },
    amountLegend: 'Amount',
    amounts: { 1: 'Usual', 4: '4 times', 16: '16 times' },
    windowLabel: 'Show',
    windows: { 6: 'The first 6 hours', 48: 'Two days', 168: 'A week' },
    dashed: 'Dashed lines: the same person without Drug X.',
    charts: {
      receptors: 'Receptors held (%)',
      euphoria: 'Euphoria (0-100)',
      breathing: 'Breathing drive lost (%)',
      withdrawal: 'Withdrawal (COWS, 0-48)',
    },
    hourAxis: 'Hours',
    series: {
      drugX: 'Drug X',
      background: { alone: '', naltrexone: 'naltrexone', opioid: 'heroin and its products' },
      endorphin: 'endorphin',
      free: 'free',
      without: 'without Drug X (dashed)',
    },
    pictureHeading: 'Receptors at the chosen time',
    timeLabel: 'Time',
    timeValue: (h: string) => `hour ${h}`,
    picture: (time: string, x: number, bg: number, bgName: string, endorphin: number, free: number) =>
      `At ${time}, of 100 receptors: ${x} held by Drug X${bgName ? `, ${bg} by ${bgName}` : ''}, ${endorphin} by endorphin, ${free} free.`,
    summary: (x: number, euphoria: number, breathing: number, cows: number) =>
      `With Drug X: at most ${x}% of receptors held by Drug X, euphoria up to ${euphoria}, breathing drive lost up to ${breathing}%, withdrawal up to ${cows} on the COWS scale.`,
    summaryWithout: (euphoria: number, breathing: number, cows: number) =>
      `Without it: euphoria up to ${euphoria}, breathing drive lost up to ${breathing}%, withdrawal up to ${cows}.`,
    answerHeading: 'Your answer',
    kindLegend: 'What kind of drug is it?',
    kinds: {
      agonist: 'A full agonist: it switches the receptor fully on',
      partial_agonist: 'A partial agonist: it switches it on only part way',
      antagonist: 'An antagonist: it fits without switching it on',
    },
    durationLegend:
      'How long does it act? (How long, given alone, it holds at least half the receptors it held at its peak.)',
    durations: { short: 'Under 2 hours', hours: '2 to 12 hours', long: 'More than 12 hours' },
    check: 'Check my answer',
    needBoth: 'Choose an answer to both questions first.',
    kindRight: 'The kind is right.',
    kindWrong: (kind: string) => `The kind is not right. The answer: ${kind}.`,
    durationRight: 'How long it acts is right.',
    durationWrong: (duration: string) =>
      `How long it acts is not right. The answer: ${duration.toLowerCase()}.`,
    was: (name: string, mg: string, route: string) => `Drug X was ${name}, ${mg} mg ${route}.`,
    routes: {
      iv: 'injected into a vein',
      oral: 'by mouth',
      sublingual: 'under the tongue',
      intranasal: 'in the nose',
      im: 'into a muscle',
    },
    explain: {
      agonist: (f: { euphoria: number; breathing: number; large: number; blocked: number }) =>
        `A full agonist. Alone it gave a high of ${f.euphoria} and took ${f.breathing}% of the breathing drive; 16 times the amount took ${f.large}%, the danger zone: more drug, more effect, with no ceiling. Naltrexone blocked it (euphoria ${f.blocked}), so it acts at the mu receptor. In the person in withdrawal it brought relief.`,
      partial_agonist: (f: { euphoria: number; breathing: number; large: number; blocked: number }) =>
        `A partial agonist. Alone it gave a mild high of ${f.euphoria}; 16 times the amount took only ${f.large}% of the breathing drive: a ceiling, because even with every receptor held it switches them on only part way. Naltrexone blocked it (euphoria ${f.blocked}). It binds slowly and tightly, so its effect comes late and lasts long.`,
      antagonist: (f: { pct: number; withdrawal: number; without: number }) =>
        `An antagonist. Alone it held up to ${f.pct}% of the receptors, yet the curves did not move: it fits the receptor without switching it on. In the person dependent on heroin it pushed the heroin and endorphin off and brought on sudden withdrawal (COWS ${f.withdrawal}, against ${f.without} without it).`,
    },
    explainDuration: (hours: string) =>
      `Given alone, it held at least half its peak share of receptors for about ${hours} hours.`,
    loading: 'Running the experiment…',
  },
};

/** The panels' words as the views read them (any table can also be looked up by a run-time key). */
export type PanelStrings = Loose<typeof enPanels>;
/** What a translation of the panels must give: exactly the keys above. */
export type PanelTable = Translation<typeof enPanels>;
