// Every user-visible English string. A translation (es.ts) has exactly these keys: its type,
// `Table`, is worked out from this file (types.ts), so a missing or extra key does not compile.
// Sections belong to the views that use them.
import type { EventFacts } from './events';
import type { Loose, Translation } from './types';

/** One lesson step's words (the lessons section): see src/lessons/steps.ts. */
export interface LessonStepText {
  title: string;
  text: string;
  plain?: string;
  question?: string;
  choices?: Readonly<Record<string, string | undefined>>;
  reveal?: string;
  plainReveal?: string;
}

/** Each ligand's name, written once: the scene's legend, the charts, the readout and the dose panel. */
const LIGAND_NAMES = {
  endorphin: 'endorphin',
  heroin: 'heroin',
  '6-MAM': '6-MAM (from heroin)',
  morphine: 'morphine',
  oxycodone: 'oxycodone',
  hydrocodone: 'hydrocodone',
  fentanyl: 'fentanyl',
  methadone: 'methadone',
  buprenorphine: 'buprenorphine',
  naloxone: 'naloxone',
  naltrexone: 'naltrexone',
  '6-beta-naltrexol': '6β-naltrexol (from naltrexone)',
} as const;

/** The drugs the dose panel offers (the engine's DRUGS), in its order. */
const DOSE_DRUGS = [
  'heroin',
  'morphine',
  'oxycodone',
  'hydrocodone',
  'fentanyl',
  'methadone',
  'buprenorphine',
  'naloxone',
  'naltrexone',
] as const;

/** Drugs that are not receptor ligands, named as a list item starts. */
const OTHER_DRUGS = { alcohol: 'Alcohol' } as const;

export const en = {
  app: {
    title: 'Naltrexone at the receptor',
    disclaimer: 'A teaching model, not medical advice. Your doctor or nurse decides about your treatment.',
    modes: {
      label: 'Audience',
      student: 'Student',
      lecture: 'Lecture',
      counsellor: 'Counsellor',
      studentHint: 'Every control, the numbers and the model behind them',
      lectureHint: 'Large type and projector colours for a lecture hall',
      counsellorHint: 'Plain words and the dates that matter, for talking with a patient',
    },
    lessonPicker: 'Lesson',
    /** The language switch in the header (each language is named in itself there). */
    language: 'Language',
    /** The page's own words, written in index.html and set again in the chosen language. */
    page: {
      description:
        'An educational simulation of how naltrexone blocks opioids and endorphins at the mu-opioid receptor.',
      skip: 'Skip to the simulation',
      scene: 'At the receptor',
      side: 'Lesson and doses',
      charts: 'Over time',
    },
    menu: {
      about: 'About naltrexone',
      model: 'The model and its sources',
      share: 'Copy link',
      shortcuts: 'Keyboard shortcuts',
      fullscreen: 'Full screen',
      exitFullscreen: 'Leave full screen',
      print: 'Print take-away',
      play: 'Play',
      pause: 'Pause',
      projector: 'Projector colours',
      bodyMap: 'Body map',
      explorer: 'What would it take?',
      drugX: 'Drug X',
      /** The header's list of the dialogs and panels above. */
      more: 'More',
    },
    /** Titles of the dialogs the panels open in (their words load with them: en-panels.ts). */
    panels: {
      bodyMap: 'Where the receptors are',
      explorer: 'What would it take? Opioid doses against naltrexone',
      drugX: 'The unknown drug: Drug X',
    },
    share: {
      copied: 'Link copied. Anyone who opens it sees this view.',
      manual: 'Copy this link:',
      close: 'Close',
    },
    notes: {
      dismiss: 'Dismiss',
      ignored: 'Part of the link could not be used and was ignored:',
      unknownParam: (name: string) => `"${name}" is not something this page understands`,
      badValue: (name: string, value: string) => `${name}: "${value}" is not a valid value`,
      badDoses: (problem: string) => `doses: ${problem}`,
      doseFormat: (n: number, part: string) => `dose ${n} "${part}" needs drug:route:mg:hour`,
      /** A problem the engine's validator found, told in this language (English: as the engine says it). */
      problem: (message: string) => message,
    },
    dialog: { close: 'Close' },
    shortcuts: {
      title: 'Keyboard shortcuts',
      keys: [
        ['?', 'Show or hide this list'],
        ['Space or K', 'Play or pause'],
        ['← →', 'Step one hour back or on (with Shift: one day)'],
        ['Home, End', 'Go to the start or the end'],
        ['+ −', 'Play faster or slower'],
        ['[ ]', 'Zoom the charts out or in; 0 shows everything'],
        ['G', 'Show the next chart (on a projector or a phone)'],
        ['N', 'Next lesson step'],
        ['B', 'Previous lesson step'],
        ['1, 2, 3', 'Choose an answer'],
        ['R', 'Reveal the answer'],
        ['F', 'Full screen'],
        ['S, L, C', 'Student, lecture or counsellor view'],
        ['Esc', 'Close a dialog'],
      ] as ReadonlyArray<readonly [string, string]>,
    },
  },
  // time: model time in words (src/core/time-format.ts); {n} is a number, {day} and {clock} parts
  time: {
    day: 'day {n}',
    week: 'week {n}',
    moment: '{day}, {clock}',
    minutes: '{n} min',
    hours: '{n} h',
    hoursMinutes: '{h} h {m} min',
    oneDay: '1 day',
    days: '{n} days',
    oneWeek: '1 week',
    weeks: '{n} weeks',
  },
  // scene: strings of the receptor scene (src/scene)
  scene: {
    canvasLabel:
      'Animated synapse: molecules drift across the gap between two nerve cells and bind to receptors on the receiving cell.',
    noWebgl:
      'The animated picture needs WebGL, which is not available in this browser. The description below, the charts and the controls still work.',
    restoring: 'Restoring the picture…',
    labels: {
      terminal: 'Nerve ending, releasing endorphin',
      cleft: 'Synaptic gap',
      cell: 'Receiving nerve cell',
    },
    turnedAwayCounter: 'Turned away',
    legendLabel: 'Key to the picture',
    states: {
      lit: 'Receptor lit: signalling',
      dim: 'Dimly lit: partial signal',
      dark: 'Held dark: blocked',
      bounce: 'Turned away',
    },
    ligands: LIGAND_NAMES,
    description: {
      held: (n: number, total: number, who: string) => `${n} of ${total} receptors held by ${who}`,
      alsoHeld: (n: number, who: string) => `${n} by ${who}`,
      free: (n: number) => `${n} free`,
      allFree: (total: number) => `All ${total} receptors free`,
      turnedAway: (who: string) => `${who} turned away`,
      others: 'other molecules',
      and: ' and ',
    },
  },
  // timeline: strings of the charts, playback and dosing (src/timeline, src/controls)
  timeline: {
    region: 'Timeline charts. Drag or use the keys to move through time.',
    keysTitle: 'Keys',
    keys: [
      ['Space', 'play or pause'],
      ['← →', 'step one hour (Shift: one day)'],
      ['Home End', 'start or end'],
      ['+ −', 'faster or slower'],
      ['[ ]', 'zoom out or in'],
      ['PgUp PgDn', 'earlier or later'],
      ['0', 'show everything'],
      ['G', 'next chart'],
    ] as [string, string][],
    names: { ...LIGAND_NAMES, free: 'free receptors' },
    /** Shorter names where space is tight (the readout). */
    shortNames: {
      '6-MAM': '6-MAM',
      '6-beta-naltrexol': '6β-naltrexol',
      free: 'free',
    },
    feel: {
      title: 'How it feels',
      description:
        'Euphoria above the person’s own baseline (0 to 100), withdrawal below it on the COWS scale (0 to 48).',
      euphoria: 'euphoria',
      withdrawal: 'withdrawal (COWS)',
      baseline: 'baseline',
      bands: {
        none: 'none',
        mild: 'mild',
        moderate: 'moderate',
        moderatelySevere: 'moderately severe',
        severe: 'severe',
      },
    },
    occupancy: {
      title: 'Receptors',
      description: 'Share of mu-opioid receptors held by each molecule; grey is free receptors.',
    },
    plasma: {
      title: 'Drug levels',
      description: 'Concentration in blood plasma, ng/mL, log scale. Tick a molecule to show or hide it.',
      none: 'No drug in the blood in this scenario.',
      unit: 'ng/mL',
    },
    charts: {
      label: 'Other charts',
      show: 'Show:',
      hint: 'Show this chart instead (G shows the next one)',
    },
    breathing: {
      title: 'Breathing lost',
      description: 'Share of the normal drive to breathe that is lost. Above half is the danger zone.',
      danger: 'danger zone',
      axis: 'drive lost',
    },
    events: {
      precipitated_withdrawal: 'Precipitated withdrawal',
      overdose_risk: 'Overdose risk',
      blockade_overcome: 'Blockade overcome',
      liver_dose_warning: 'Liver dose warning',
    },
    /** An engine event in words (the flag's tooltip). English: the engine's own sentence. */
    eventText: (e: EventFacts, _num: (v: number) => string) => e.text,
    track: {
      label: 'Doses',
      doseHint: 'Drag, or use the arrow keys, to move this dose; Delete removes it.',
      moved: 'Dose moved to {time}.',
      removed: 'Dose removed.',
    },
    playbar: {
      label: 'Playback',
      play: 'Play',
      pause: 'Pause',
      replay: 'Play again',
      start: 'Go to start',
      end: 'Go to end',
      back: 'Step back one hour',
      forward: 'Step forward one hour',
      reset: 'Reset',
      speed: 'Speed',
      slower: 'Slower',
      faster: 'Faster',
      time: 'Time',
      ended: 'End of the timeline',
      zoom: 'Zoom',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      fit: 'Show all',
      earlier: 'Earlier',
      later: 'Later',
      perSecond: '{speed}/s',
    },
    readout: {
      title: 'At the cursor',
      hoverTitle: 'Under the pointer',
      euphoria: 'Euphoria',
      withdrawal: 'Withdrawal',
      breathing: 'Breathing loss',
      signal: 'Signal',
      tolerance: 'Tolerance',
      receptors: 'Receptors held',
      plasma: 'Plasma, ng/mL',
      cowsBand: 'COWS {value}, {band}',
      live: '{time}. Euphoria {euphoria}. Withdrawal {withdrawal}. Breathing {breathing} lost. {receptors}',
    },
    dose: {
      title: 'Give a dose',
      drug: 'Drug',
      route: 'Route',
      amount: 'Amount (mg)',
      usual: 'Usual amounts',
      when: 'When',
      now: 'Now (at the cursor)',
      at: 'At a chosen time',
      day: 'Day',
      clock: 'Time of day',
      repeat: 'Repeat',
      every: 'Every (hours)',
      until: 'Until day',
      give: 'Give the dose',
      list: 'Doses in this scenario',
      none: 'No doses yet.',
      remove: 'Remove',
      removeLabel: 'Remove {dose}',
      given: 'Gave {dose}.',
      refused: 'That dose was not given:',
      // Beside the field that needs it, in plain words (the engine's messages name the contract's fields).
      fieldErrors: {
        amount: 'Enter an amount above 0 mg.',
        amountMax: 'Enter an amount of {max} mg or less.',
        every: 'Enter how many hours apart: a number above 0.',
        until: 'Enter a last day on or after the day of the first dose.',
        day: 'Enter a day from {from} to {to}.',
        time: 'Enter a time of day.',
      },
      checkField: 'Check the field marked in red.',
      mostTaken:
        'That is more than people take at one time (about {max} mg at most). The model will still give it.',
      givenLarge: 'Gave {dose}: more than people take at one time.',
      outside: 'The time must lie between {from} and {to}.',
      mg: '{mg} mg',
      drinks: '{drinks} drinks ({g} g)',
      repeatText: ', every {every} until {until}',
      describe: '{drug} {mg} {route}, {time}{repeat}',
      /** The drugs a dose can be given of, named as a list item starts ("Heroin"). */
      drugs: {
        ...(Object.fromEntries(
          DOSE_DRUGS.map((d) => [d, LIGAND_NAMES[d].charAt(0).toUpperCase() + LIGAND_NAMES[d].slice(1)]),
        ) as Record<(typeof DOSE_DRUGS)[number], string>),
        ...OTHER_DRUGS,
      },
      routes: {
        iv: 'injected into a vein (IV)',
        oral: 'by mouth',
        intranasal: 'in the nose',
        sublingual: 'under the tongue',
        im: 'injected into a muscle (IM)',
      },
      monthly: 'monthly injection (IM)',
    },
    scenario: {
      label: 'Scenario',
      save: 'Save scenario (JSON)',
      load: 'Open a scenario (JSON)',
      loaded: 'Opened “{title}”.',
      badFile: 'This file was not opened; the current scenario is unchanged.',
      notJson: 'file: is not valid JSON ({message})',
      tooBig: 'file: is larger than {max} MB',
      dismiss: 'Dismiss',
    },
    exports: {
      label: 'Download',
      csv: 'Timeline CSV',
      json: 'Timeline JSON',
      svg: 'SVG',
      png: 'PNG',
      chartSvg: 'Download {chart} as SVG',
      chartPng: 'Download {chart} as PNG',
      /** The heading of a downloaded chart. */
      scenario: 'Scenario: {title}',
      untitled: 'an unnamed scenario',
      units: {
        feel: 'Euphoria above the person’s own baseline, 0 to 100; withdrawal below it on the COWS scale, 0 to 48.',
        occupancy: 'Share of the mu-opioid receptors held, %.',
        plasma: 'Concentration in blood plasma, ng/mL, on a log scale.',
        breathing: 'Share of the normal drive to breathe that is lost, %; half or more is the danger zone.',
      },
    },
  },
  // lessons: lessons, modes, counsellor view, information (src/lessons, src/counsellor, src/info)
  lessons: {
    ui: {
      heading: 'Lesson',
      stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
      next: 'Next',
      back: 'Back',
      reveal: 'Reveal',
      revealHint: 'Choose an answer first, then reveal what the model does.',
      yourGuess: 'Your guess',
      right: 'You guessed right.',
      notQuite: 'Not quite. Here is what the model shows.',
      freePlay: 'Free play',
      freePlayText:
        'Now it is yours: change the doses, drag the time cursor, or pick another lesson. The model recomputes at once.',
      restart: 'Start the lesson again',
      showNumbers: 'Show the numbers',
      hideNumbers: 'Hide the numbers',
      playFromHere: 'Play',
      guessLegend: 'What do you expect?',
      lessonN: (n: number) => `Lesson ${n}`,
      modelAnswer: 'the model’s answer',
      nextLesson: (title: string) => `Next lesson: ${title}`,
      /** The label of a ghost curve: the same scenario without these drugs. */
      ghost: (drugs: string) => `without ${drugs}`,
      open: {
        'body-map': 'Where are the receptors in the body?',
        'drug-x': 'Open the Drug X exercise',
      },
    },
    titles: {
      endorphins: 'Endorphins and the baseline',
      'opioid-high': 'An opioid high',
      tolerance: 'Tolerance and withdrawal',
      blockade: 'Naltrexone blocks the opioid',
      'too-early': 'Too early: precipitated withdrawal',
      overcome: 'Overcoming the block, and lost tolerance',
      'tablets-vs-injection': 'Tablets or the monthly injection',
      sandbox: 'Sandbox',
      alcohol: 'Alcohol and the reward',
      'unknown-drug': 'The unknown drug',
    },
    // One entry per lesson id; each step's id matches src/lessons/steps.ts. `plain` and `plainReveal`
    // are the counsellor's wording (short sentences, no numbers); values in {braces} come from the model.
    steps: {
      endorphins: {
        intro: {
          title: 'The body’s own opioids',
          text: 'Your brain makes its own opioids: the endorphins, enkephalins and endomorphins. They cross the small gap between nerve cells and settle for a moment in mu-opioid receptors, then let go. This model lumps the whole family together as one “endorphin”.',
          plain:
            'Your body makes its own feel-good chemicals, such as endorphins. They fit into tiny locks on brain cells, like keys. These locks are called receptors.',
        },
        share: {
          title: 'How many receptors?',
          text: 'Look at a person at rest, with no drugs at all.',
          question: 'What share of the receptors do endorphins hold at rest?',
          choices: { most: 'Most of them', half: 'About half', few: 'A small share, under one in five' },
          reveal:
            'In this model endorphins hold about {endorphinPct}% of the receptors at rest: a value chosen for the model, since the real share cannot be measured directly. That small, steady share gives a quiet sense of ease: the baseline. Euphoria reads {euphoria}: normal is not a high.',
          plainReveal:
            'Only a few locks are in use at any time. That is enough to feel normal and at ease. It is not a high.',
        },
      },
      'opioid-high': {
        intro: {
          title: 'A key that turns harder',
          text: 'Opioid drugs are shaped like endorphins, so they fit the same receptors, but they arrive in much larger amounts and switch the receptors on hard. Here four opioids are taken twelve hours apart by someone with no tolerance.',
          plain:
            'Opioid drugs are keys that fit the same locks. But they flood in and turn the locks hard. That is the high.',
        },
        fastest: {
          title: 'Which hits fastest?',
          text: 'Heroin is injected at hour 1, oxycodone and hydrocodone are swallowed as tablets, fentanyl is injected at hour 37.',
          question: 'Which reach their peak fastest?',
          choices: {
            injected: 'Heroin and fentanyl, injected',
            tablets: 'Oxycodone and hydrocodone tablets',
            same: 'All at about the same speed',
          },
          reveal:
            'Injected heroin peaked {heroinMin} minutes after the dose and fentanyl after {fentanylMin}; the tablets took about {tabletH} hours. Peak euphoria: heroin {heroinPeak}, oxycodone {oxyPeak}, hydrocodone {hydroPeak}, fentanyl {fentanylPeak} (0-100).',
          plainReveal:
            'Drugs put into a vein hit within minutes. Pills take an hour or two. Every one of them gave a high.',
        },
        breathing: {
          title: 'The same receptors slow breathing',
          text: 'Mu-opioid receptors also sit in the brainstem, which drives breathing. At its peak, heroin took away {heroinResp}% of the breathing drive in this person with no tolerance.',
          plain: 'The same locks also control breathing. Too much opioid can slow breathing until it stops.',
        },
      },
      tolerance: {
        intro: {
          title: 'Day after day',
          text: 'This person injects 50 mg of heroin three times a day for thirty days. The first doses give a strong high.',
          plain:
            'Someone uses heroin three times a day for a month. At first, each dose gives a strong high.',
        },
        adapt: {
          title: 'Tolerance',
          text: 'The brain turns its own system down to balance the drug. By the last day the same dose gives a peak euphoria of only {lateEuphoria}, against {firstEuphoria} at first: tolerance. The brain now depends on the drug just to feel normal.',
          plain:
            'The brain gets used to the drug and turns itself down. The same dose feels weaker. This is called tolerance. Now the body needs the drug just to feel normal.',
        },
        stop: {
          title: 'Stopping',
          text: 'The last dose is on day 30.',
          question: 'What happens over the days after the last dose?',
          choices: {
            nothing: 'Nothing much: the drug is simply gone',
            wave: 'Withdrawal that peaks in 1 to 3 days and fades over about a week',
            months: 'Withdrawal at full strength for months',
          },
          reveal:
            'Withdrawal peaked {peakDay} days after the last dose at {peakCows} on the COWS scale ({band}) and fell below 5 within {goneDays} days of the last dose. The turned-down brain is under-stimulated until it readjusts.',
          plainReveal:
            'Withdrawal comes within a day. It is worst after one to three days. Then it eases over about a week as the brain resets. Cravings can last much longer.',
        },
      },
      blockade: {
        intro: {
          title: 'After detox',
          text: 'Ten days after the last heroin, withdrawal is over. Naltrexone starts: 25 mg on the first day, then 50 mg a day.',
          plain:
            'Ten days after the last use, withdrawal is over. Now naltrexone starts: a small first tablet, then one a day.',
        },
        hold: {
          title: 'A key that fits but does not turn',
          text: 'Naltrexone fits the receptor but does not switch it on, and it lets go slowly. It now holds {naltrexonePct}% of the receptors.',
          plain:
            'Naltrexone is a key that fits the lock but does not turn. It stays in the lock, so most opioid keys cannot get in.',
        },
        heroin: {
          title: 'Heroin on top',
          text: 'On day 13 the person injects 25 mg of heroin.',
          question: 'What do they feel?',
          choices: { full: 'A full high', weaker: 'A weaker high', nothing: 'Almost nothing' },
          reveal:
            'Euphoria peaked at {blockedEuphoria}. The model run again without naltrexone gives {openEuphoria} for the same dose. The heroin found the receptors taken and was turned away.',
          plainReveal:
            'Almost nothing. The locks were already taken, so the heroin could not get in. No high.',
        },
        competition: {
          title: 'A competition, not a wall',
          text: 'The same day with forty times the dose, 1 g. Naltrexone held {naltrexonePct}% of the receptors before it, yet euphoria reached {euphoria} and breathing lost {resp}%. Naltrexone and heroin compete for the same receptors: enough heroin wins, and an amount that wins is enough to stop breathing.',
          plain:
            'A much bigger dose can push past the block. But a dose that big can stop your breathing. Never try to beat the block.',
        },
      },
      'too-early': {
        intro: {
          title: 'Still dependent',
          text: 'This person has used heroin every day for a month. The last dose is at day 0. Their brain is still turned down.',
          plain:
            'This person used heroin every day for a month. They stopped at day 0. Their body still depends on it.',
        },
        day1: {
          title: 'Naltrexone on day 1',
          text: 'They take 50 mg of naltrexone one day after the last heroin.',
          question: 'What happens?',
          choices: {
            nothing: 'Nothing much',
            mild: 'Mild withdrawal that builds over days',
            severe: 'Strong withdrawal within the hour',
          },
          reveal:
            'Within {minutes} minutes withdrawal passed 25 on the COWS scale and went on to {peakCows} ({band}). A day after the last dose the brain is still turned down to match the heroin. Naltrexone suddenly took away the opioid signal that was left, the remaining drug’s and the endorphins’ alike, so the withdrawal that would have built over days came all at once: precipitated withdrawal.',
          plainReveal:
            'Sudden, strong withdrawal within the hour. The body was still used to the drug. Naltrexone shut off what little opioid effect was left, all at once. This is why starting too early is dangerous.',
        },
        day10: {
          title: 'Waiting 10 days',
          text: 'Now the same person waits until day 10 before the first tablet.',
          question: 'What happens this time?',
          choices: { same: 'The same strong withdrawal', little: 'Little or nothing' },
          reveal:
            'Withdrawal stayed at {peakCows} ({band}). After 7-10 opioid-free days the brain has readjusted, so there is nothing left to precipitate.',
          plainReveal:
            'Little or nothing. After 7 to 10 days without opioids the body has reset, so naltrexone can start safely.',
        },
        methadone7: {
          title: 'After methadone: day 7',
          text: 'Methadone stays in the body far longer than heroin. Starting naltrexone 7 days after the last methadone dose gives withdrawal of {peakCows} ({band}).',
          plain:
            'Methadone stays in the body much longer. Starting naltrexone one week after methadone still causes bad withdrawal.',
        },
        methadone14: {
          title: 'After methadone: day 14',
          text: 'At 14 days it is {peakCows} ({band}). After methadone or buprenorphine the usual wait is 10 to 14 days, sometimes longer, and the prescriber checks first: a urine drug test, and often a naloxone challenge (a small test dose of naloxone).',
          plain:
            'After two weeks it is much milder. After methadone or buprenorphine, the wait is usually 10 to 14 days, and sometimes longer. Your doctor or nurse checks before the first dose.',
        },
      },
      overcome: {
        intro: {
          title: 'Blocked',
          text: 'This person stopped heroin 10 days before their first monthly naltrexone injection on day 0, so their tolerance is already low. On day 14 they inject 25 mg of heroin: euphoria {euphoria14}. Blocked.',
          plain:
            'This person gets the monthly shot. Two weeks later they use heroin. Nothing happens: the locks are taken.',
        },
        large: {
          title: 'A much larger dose',
          text: 'Day 42, two weeks after the next injection was due: the block is fading, and they inject 150 mg, six times as much.',
          question: 'What happens?',
          choices: { blocked: 'Still blocked', through: 'It breaks through' },
          reveal:
            'Euphoria reached {euphoria} although naltrexone held {antagonistPct}% of the receptors just before. The block is a competition: enough opioid wins. Breathing lost {resp}% (the overdose mark is at 50%). Doses this large are dangerous, and after weeks without opioids there is no tolerance to soften them.',
          plainReveal:
            'It breaks through. With enough drug, some keys win the race for the locks. Trying to beat the block with a big dose can kill you.',
        },
        stopped: {
          title: 'After stopping',
          text: 'Another person used 100 mg three times a day, stopped, had one injection and did not come back. Twelve weeks later they take their old dose.',
          question: 'How does the old dose affect their breathing now?',
          choices: { same: 'The same as it used to', worse: 'Far more: breathing in danger' },
          reveal:
            'The old dose took away {resp}% of the breathing drive (danger from 50%). When they used daily, the same dose took {tolerantResp}%. Their tolerance is gone, so the old dose can now kill.',
          plainReveal:
            'Far more. After weeks without opioids the body has lost its tolerance: it is no longer used to them. The dose they used to take can now stop their breathing.',
        },
        naloxone: {
          title: 'Naloxone',
          text: 'A friend sprays 4 mg of naloxone (Narcan nasal spray) into the nose 5 minutes after the dose. It pushes the opioid off the receptors: 20 minutes after the dose the breathing drive lost is {after}%, against {before}% without naloxone. Its effect lasts 30 to 90 minutes and can wear off before the opioid’s, so breathing can slow again. If there is no response after 2-3 minutes, give a second dose; put the person in the recovery position and call emergency services.',
          plain:
            'Naloxone (Narcan nasal spray) pushes the opioid out of the locks and can restart breathing. If there is no response after 2 to 3 minutes, give a second dose. Lay the person on their side and call 911. Naloxone can wear off before the opioid does.',
        },
      },
      'tablets-vs-injection': {
        intro: {
          title: 'Tablets',
          text: 'Tablets: 25 mg on the first day, then 50 mg every day. Each tablet tops up the hold on the receptors, so they protect only if taken every day. The ASAM guideline (2020) does not recommend tablets for opioid use disorder unless someone supervises the doses; it prefers the monthly injection.',
          plain:
            'Tablets are taken once a day: a small first dose, then a full tablet every day. They only protect you if you take one every day. Many doctors prefer the monthly shot.',
        },
        missed: {
          title: 'A missed tablet',
          text: 'On day 12 a tablet is missed.',
          question: 'What happens to the block?',
          choices: { same: 'Nothing changes', weaker: 'It weakens', zero: 'It is gone at once' },
          reveal:
            'By the end of the missed day naltrexone held {naltrexonePct}% of the receptors, down from {beforePct}% the day before, and an ordinary dose of heroin would get {ordinaryPct}% of its effect through. Each missed day weakens the block further: by the label, one 50 mg tablet blocks a test dose of heroin for about a day. Take a missed tablet when you remember, and never test the block with an opioid.',
          plainReveal:
            'It weakens. A missed tablet lets the block start to fade. Take it when you remember. Do not test the block with an opioid: that can kill.',
        },
        peaks: {
          title: 'The monthly injection',
          text: 'The injection: 380 mg given by a nurse or doctor deep into the buttock muscle, every 4 weeks.',
          question: 'What does the blood level do over the month?',
          choices: {
            onePeak: 'One peak, then a steady fall',
            twoPeaks: 'A peak within hours, a second after 2-3 days, then a slow decline',
            flat: 'Flat all month',
          },
          reveal:
            'Two peaks: {peak1} ng/mL at hour {peak1H}, then {peak2} ng/mL on day {peak2D}. Then the level slowly falls; it stays above 1 ng/mL for about {aboveDays} days.',
          plainReveal:
            'The shot releases the medicine slowly over the month. Its block starts to fade before the next shot is due.',
        },
        late: {
          title: 'A late injection',
          text: 'The third injection comes a week late, on day 63. On day 62 the blood level is {level} ng/mL and naltrexone still holds {naltrexonePct}% of the receptors, yet an ordinary dose of heroin would get {ordinaryPct}% of its effect through. Holding most receptors is not the same as blocking: the block is fading.',
          plain: 'If the next shot is late, the block gets weaker. Get each shot on time.',
        },
        one: {
          title: 'One injection, no more',
          text: 'With a single injection the block fades from the end of the month: an ordinary dose gets {week4Ordinary}% of its effect through at week 4 and {week6Ordinary}% at week 6, while naltrexone still holds {week6Pct}% of the receptors ({week10Pct}% at week 10). There is no moment when a person can feel it is gone.',
          plain: 'After the last shot, the block fades over several weeks. You cannot feel when it is gone.',
        },
      },
      sandbox: {
        intro: {
          title: 'Sandbox',
          text: 'An empty week. Add any doses of any drug and watch the receptors, the feeling and the breathing.',
          plain: 'An empty week to try things out.',
        },
      },
      alcohol: {
        intro: {
          title: 'Drinking releases endorphins',
          text: 'Four drinks over an evening, without naltrexone. Blood alcohol peaks at {bac} g/L. Alcohol does not act on the mu receptor itself: it makes the brain release its own opioids, and their share of the receptors rises from {restPct}% to {endorphinPct}%. That is part of the pleasant lift of drinking (Mitchell 2012).',
          plain:
            'Alcohol makes your brain let out its own opioids, the body’s endorphins. They fit the same locks and add to the good feeling of drinking.',
        },
        lift: {
          title: 'The same evening on naltrexone',
          text: 'Now the person takes 50 mg of naltrexone each day and drinks the same four drinks.',
          question: 'What happens to the lift of drinking?',
          choices: { gone: 'It is gone', smaller: 'It is smaller', same: 'It is the same' },
          reveal:
            'The lift peaked at {lift}, against {openLift} without naltrexone: smaller, not gone. The endorphins met locks already taken, but alcohol also lifts mood by other paths. Blood alcohol was the same ({bac} against {openBac} g/L): naltrexone does not change how alcohol is absorbed or cleared, and there is no sick reaction to drinking, unlike disulfiram.',
          plainReveal:
            'The good feeling is smaller, but not gone. Naltrexone does not make you sick if you drink, and it does not lower how drunk you are.',
        },
        honest: {
          title: 'Help, not a cure',
          text: 'In laboratory studies naltrexone lowers craving and the urge to keep drinking by a small amount on average (effect sizes about 0.2-0.3; Hendershot 2017), and in treatment it helps some people drink less often heavily. It is no cure, and it gives no protection against alcohol’s own dangers: blood alcohol, driving, and breathing when alcohol is mixed with opioids or sedatives. The same tablets or monthly injection are used, and the person must still be opioid-free before starting.',
          plain:
            'Naltrexone can help some people drink less. It is not a cure. It does not protect you from the harms of alcohol. You still need to be off opioids before you start it.',
        },
      },
      'unknown-drug': {
        intro: {
          title: 'Drug X',
          text: 'In a pharmacology lab, students work out what an unknown drug is from what it does. Here the unknown drug is one of the model’s own drugs, shown only as “Drug X”. It runs in its own window, so these charts never give its name away. First, a known drug.',
          plain:
            'A puzzle for students: a hidden drug, called Drug X. You find out what it is from what it does.',
        },
        alone: {
          title: 'A drug that shows nothing',
          text: 'Naloxone, 0.4 mg injected at hour 1, in a person with no opioids in their body.',
          question: 'What do the curves show?',
          choices: {
            high: 'A high, like an opioid',
            withdrawal: 'Withdrawal',
            nothing: 'Nothing in the curves: only the receptors change',
          },
          reveal:
            'Euphoria peaked at {euphoria}, breathing lost {resp}% and withdrawal stayed at {cows}, yet naloxone held {blockPct}% of the receptors. A blocker alone shows almost nothing: to find one, give it after an opioid.',
          plainReveal:
            'Nothing you can see. Naloxone fills the locks but does not turn them. With no opioid in the body, nothing changes.',
        },
        try: {
          title: 'Your turn',
          text: 'Open Drug X. Give it alone, with naltrexone and after an opioid, try larger amounts, then say what kind of drug it is and how long it acts. A lecturer can give the whole class the same drug: the link carries only the drug’s number.',
          plain: 'Open Drug X and try it. Then guess what kind of drug it is.',
        },
      },
    } satisfies Record<string, Record<string, LessonStepText>>,
    // The counsellor's view and the take-away are read by patients: short sentences and everyday
    // words (tests/content/plain-words.test.ts keeps every one at reading grade 8 or under). Every
    // medical statement has its source in docs/sources.md.
    counsellor: {
      heading: 'Talking it through',
      lockTitle: 'Locks and keys',
      lockIntro:
        'Brain cells have tiny locks on them, called receptors. Opioids are keys that fit these locks.',
      lockCaptions: {
        endorphin:
          'Your body makes its own gentle keys, such as endorphins. A few locks turned gives a calm, normal feeling.',
        opioid:
          'An opioid drug floods in and turns the locks hard. That is the high. It can also slow your breathing.',
        naltrexone:
          'Naltrexone fits the lock but does not turn it. It stays there, so most opioid keys cannot get in.',
      },
      startHeading: 'When can naltrexone start?',
      lastUse: 'Date of the last opioid use',
      kind: 'What was the last opioid?',
      kindPrompt: 'Choose one',
      kinds: {
        short: 'Heroin, or short-acting pills such as oxycodone, hydrocodone or morphine',
        fentanyl: 'Fentanyl, or street drugs that may have fentanyl in them',
        extended: 'Slow-release pills (extended-release oxycodone or morphine) or a fentanyl patch',
        methadone: 'Methadone',
        buprenorphine: 'Buprenorphine (such as Suboxone or Subutex)',
        unsure: 'Not sure',
      },
      kindHint:
        'Street heroin and street pills often have fentanyl in them. If you are not sure, choose fentanyl or not sure.',
      chooseKind: 'Choose the last opioid. The wait depends on it.',
      startAhead: (earliest: string, usualBy: string) =>
        `Not before ${earliest}. Many people need to wait until ${usualBy}.`,
      startWithin: (usualBy: string) =>
        `The shortest wait is already over. Many people need to wait until ${usualBy}.`,
      startOver: 'The usual wait is already over.',
      startLonger: 'Some people need to wait longer.',
      startCheck:
        'Your doctor or nurse checks before the first dose. They use a urine drug test. They may also give a small test dose of naloxone, called a naloxone challenge.',
      startAgain: 'If you use any opioid after that date, the wait starts again.',
      startShot:
        'A shot given too soon cannot be taken back out. The withdrawal can be bad enough to need a hospital.',
      startWhyShort:
        'Your body needs 7 to 10 days without opioids first. Naltrexone taken too soon can cause sudden, severe withdrawal.',
      startWhyLong:
        'These opioids stay in the body longer. The wait is usually 10 to 14 days, and sometimes longer. Naltrexone taken too soon can cause sudden, severe withdrawal.',
      injectionHeading: 'The monthly injection',
      lastInjection: 'Date of the last injection',
      injectionAhead: (weakens: string, due: string) =>
        `Next injection due: ${due}. From about ${weakens}, the block starts to fade. It fades more after the due date.`,
      injectionWithin: (due: string) =>
        `The block is already starting to fade. Next injection due: ${due}. Get it on time.`,
      injectionDueToday: 'The next injection is due today. The block is already fading.',
      injectionOverdue: (due: string, days: number) =>
        `The injection is overdue. It was due on ${due}, ${days === 1 ? '1 day' : `${days} days`} ago. The block has probably faded.`,
      injectionDanger:
        'Your tolerance is already low. Even a small amount of an opioid could then stop your breathing. You cannot feel when the block is gone. Carry naloxone.',
      injectionLateDanger:
        'Your tolerance is low, so even a small amount of an opioid is dangerous now. Call your clinic about the next injection. Carry naloxone.',
      tabletHeading: 'Stopping the tablets',
      lastTablet: 'Date of the last tablet',
      tabletAhead: (from: string, goneBy: string) =>
        `After the last tablet, the block starts to fade from about ${from}. By ${goneBy} it is mostly gone.`,
      tabletWithin: (goneBy: string) => `The block is already fading. By ${goneBy} it is mostly gone.`,
      tabletOver: 'The block has probably gone already.',
      tabletDanger:
        'Your tolerance is low, so even a small amount of an opioid could stop your breathing. Carry naloxone.',
      tabletMissed: 'If you miss a tablet, take it when you remember. Do not test the block with an opioid.',
      toleranceWord:
        'Tolerance is how used to opioids your body is. It fades over days to weeks without them.',
      invalidDate: 'Please enter a full date.',
      futureDate: 'That date is in the future. Please check it.',
      privacy: 'Nothing you enter leaves this page.',
      safetyHeading: 'Keep safe',
      safety: [
        'Carry naloxone (Narcan nasal spray). Show family and friends how to use it.',
        'Your tolerance is low after days without opioids. Tolerance is how used to opioids your body is. Even a small amount can now stop your breathing.',
        'Trying to beat the block with a large dose can kill.',
        'A missed tablet or a late injection weakens the block. Take a missed tablet when you remember. Do not test the block.',
        'Naltrexone does not protect you from too much alcohol, sleeping pills or stimulants.',
        'Tell each doctor, dentist and nurse that you take naltrexone. In an emergency, tell the staff too.',
      ],
      // Naltrexone and alcohol (src/counsellor/alcohol.ts); each sentence's source is in
      // docs/sources.md ("What naltrexone is, and alcohol", place C).
      alcohol: {
        heading: 'Naltrexone and alcohol',
        helps: [
          'Naltrexone is also used to help people drink less.',
          'It can make the urge to drink a little weaker.',
          'It is not a cure. It works best with other support, such as counselling.',
        ],
        doesNot: [
          'It does not make you sick if you drink. It is not like disulfiram (Antabuse).',
          'It does not lower your blood alcohol or make you less drunk.',
          'It does not protect you from the harms of too much alcohol.',
        ],
        breathing: [
          'If you drink when you use an opioid, your breathing slows down even more.',
          'This is a real danger after you stop naltrexone, when your tolerance is low.',
        ],
      },
      showCurves: 'Show me the curve',
      hideCurves: 'Hide the curve',
      // The patient's curve (src/counsellor/curve-view.ts): how strong the block is, day by day.
      curve: {
        heading: 'How strong the block is',
        axis: 'Block strength',
        full: 'Full',
        half: 'Half',
        none: 'None',
        shot: 'Shot given',
        lastTablet: 'Last tablet',
        fades: 'May start to fade',
        due: 'Next shot due',
        gone: 'Mostly gone',
        today: 'Today',
        explainInjection:
          'The line shows how much of a usual dose of heroin the shot would block on each day. It comes from the teaching model, not from a test of your blood.',
        explainTablet:
          'The line shows how much of a usual dose of heroin the tablets would block on each day after the last one. It comes from the teaching model, not from a test of your blood.',
        empty:
          'Enter the date of the last shot or the last tablet. The curve then shows how the block fades.',
        working: 'Working out the curve…',
        later: 'Today is past the end of this curve. The block has probably faded.',
        summary: (kind: string, given: string, fades: string, due: string) =>
          kind === 'injection'
            ? `Block strength after the shot on ${given}. It may start to fade from ${fades}. The next shot is due on ${due}.`
            : `Block strength after the last tablet on ${given}. It may start to fade from ${fades}. By ${due} it is mostly gone.`,
      },
      print: 'Print the take-away',
    },
    takeaway: {
      title: 'Naltrexone: your take-away sheet',
      helpNowHeading: 'Get help now: call 911 or your local emergency number',
      helpNow: [
        'Someone is very sleepy, cannot be woken, or breathes slowly or not at all. Give naloxone too.',
        'Chest pain, or it is hard to breathe.',
        'Swelling of the face, lips, tongue or throat. Hives all over the body.',
        'Thoughts of hurting yourself. You can also call or text 988, the crisis line, at any time.',
      ],
      datesHeading: 'Your dates',
      noDate: '____________',
      // Written in by hand: the page never asks for a name or a number.
      nameLine: 'Name:',
      phoneLine: 'Your prescriber or clinic, phone:',
      kindLine: 'The start date is for this last opioid:',
      startLine: 'Earliest start (your doctor or nurse checks first):',
      startUsual: (usualBy: string) => `many wait until ${usualBy}`,
      startOver: 'the usual wait is over',
      weakensLine: 'The block of the injection starts to fade from about:',
      nextLine: 'Next injection due:',
      overdue: (due: string) => `overdue since ${due}`,
      tabletLine: 'After the last tablet, the block is mostly gone by:',
      doesHeading: 'What naltrexone does',
      does: [
        'It sits in the opioid receptors, the tiny locks on brain cells, without turning them on. Heroin and other opioids then give little or no high.',
        'It is not an opioid. It does not cause a high, and you do not get hooked on it.',
        'It can ease cravings for some people. It is also used to help people drink less.',
      ],
      doesNotHeading: 'What it does not do',
      doesNot: [
        'It does not treat withdrawal. Starting too soon can cause sudden, severe withdrawal.',
        'It does not make a large opioid dose safe.',
        'It does not protect you after you stop, or when a dose is missed or late.',
        'It does not protect you from too much alcohol, sleeping pills or stimulants.',
      ],
      safeHeading: 'Stay safe',
      safe: [
        'Your tolerance is low. Tolerance is how used to opioids your body is. After days without opioids, even a small amount can stop your breathing. Drinking adds to the danger.',
        'Do not try to beat the block with a large dose. It can kill.',
        'If you miss a tablet, take it when you remember. Do not test the block with an opioid.',
        'Get each injection on time. The block starts to fade before the next one is due.',
      ],
      naloxoneHeading: 'Carry naloxone (Narcan nasal spray)',
      naloxone: [
        'It can undo an opioid overdose for a while. Show the people around you where it is.',
        'Call 911. Spray one dose into the nose.',
        'No response after 2 to 3 minutes? Give a second dose in the other side of the nose.',
        'Lay the person on their side (the recovery position). Stay with them.',
        'It wears off in 30 to 90 minutes. That can be before the opioid does, so they still need a hospital.',
      ],
      commonHeading: 'Common side effects (usually not serious)',
      common:
        'Feeling sick or being sick. Headache or feeling tired. Aching muscles or joints. Stomach cramps. Trouble sleeping. Feeling restless or anxious. Some soreness where the injection went in.',
      soonHeading: 'See a doctor soon if you have',
      soon: [
        'Yellow skin or eyes, dark urine, pale stools, pain in the upper right of the belly, or feeling very tired. These can be signs of a liver problem.',
        'A new cough or wheeze, a rash or itching, low mood, or a fever.',
        'Strong pain, a hard lump, swelling, blisters, an open sore or a dark scab where the injection went in.',
      ],
      painHeading: 'If you need pain relief in an emergency',
      pain: 'Tell the staff at once that you take naltrexone, and when you last took it. Opioid medicines for pain, cough or diarrhoea will not work well. Large doses are dangerous. Hospitals can use other pain relief and watch your breathing. Carry a card that says you take naltrexone.',
      footer:
        'This sheet comes from a teaching model. It is not medical advice. Your doctor or nurse decides about your treatment.',
    },
    info: {
      aboutTitle: 'About naltrexone',
      bodyMapLink: 'Where the receptors are in the body',
      modelTitle: 'The model and its sources',
    },
  },
};

/** The strings as the views read them (any table can also be looked up by a run-time key). */
export type Strings = Loose<typeof en>;
/** What a translation must give: exactly the keys above. */
export type Table = Translation<typeof en>;
