// Every user-visible English string. A translation is a copy of this file with the same keys
// (the `Strings` type checks it). Sections belong to the views that use them.
/** One lesson step's words (the lessons section): see src/lessons/steps.ts. */
export interface LessonStepText {
  title: string;
  text: string;
  plain?: string;
  question?: string;
  choices?: Record<string, string>;
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
    names: { ...LIGAND_NAMES, free: 'free receptors' } as Record<string, string>,
    /** Shorter names where space is tight (the readout). */
    shortNames: {
      '6-MAM': '6-MAM',
      '6-beta-naltrexol': '6β-naltrexol',
      free: 'free',
    } as Record<string, string>,
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
    } as Record<string, string>,
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
        ...Object.fromEntries(
          DOSE_DRUGS.map((d) => [d, LIGAND_NAMES[d].charAt(0).toUpperCase() + LIGAND_NAMES[d].slice(1)]),
        ),
        ...OTHER_DRUGS,
      } as Record<string, string>,
      routes: {
        iv: 'injected into a vein (IV)',
        oral: 'by mouth',
        intranasal: 'in the nose',
        sublingual: 'under the tongue',
        im: 'injected into a muscle (IM)',
      } as Record<string, string>,
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
      } as Record<string, string>,
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
      } as Record<string, string>,
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
    } as Record<string, string>,
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
    } as Record<string, Record<string, LessonStepText>>,
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
      about: [
        {
          heading: 'What it is',
          text: 'Naltrexone is an opioid blocker (an opioid receptor antagonist). It sits in the mu-opioid receptors without switching them on. Opioids taken on top then give little or no effect. It is not an opioid: it gives no high and is not addictive. It is given as part of a wider recovery plan, only to people who are already through opioid withdrawal. It can also ease craving, for reasons that are not fully understood.',
        },
        {
          heading: 'The body’s own opioids',
          text: 'The body makes its own opioids: the endorphins, enkephalins and endomorphins. They lower pain and give a quiet sense of ease. Naltrexone blocks them too. This model lumps the whole family together as one “endorphin”.',
        },
        {
          heading: 'Forms and names',
          text: 'There are tablets (generic naltrexone; brand names have included ReVia and Depade). There is also a monthly slow-release injection (Vivitrol). A nurse or doctor gives the injection deep into the buttock muscle.',
        },
        {
          heading: 'Doses',
          text: 'Tablets often start at 25 mg on the first day and go up to 50 mg a day; the prescriber (the doctor or nurse who prescribes it) sets the dose. The injection is 380 mg every 4 weeks.',
        },
        {
          heading: 'Tablets or the injection',
          text: 'Tablets protect only on the days they are taken. A missed tablet weakens the block: take it when you remember, and never test the block. For opioid use disorder, the ASAM guideline (2020) prefers the monthly injection. It does not advise tablets unless someone supervises each dose.',
        },
        {
          heading: 'Before starting',
          text: 'The person must be free of opioids first. That means at least 7 to 10 days after heroin or other short-acting opioids. After fentanyl, slow-release pills or patches, methadone or buprenorphine, it is usually 10 to 14 days, and sometimes longer. The prescriber checks with a urine drug test, and often with a naloxone challenge: a small test dose of naloxone that shows whether withdrawal starts. Starting too soon brings on sudden, severe withdrawal. An injection cannot be taken back out to stop this, and the withdrawal can be bad enough to need hospital care.',
        },
        {
          heading: 'Alcohol',
          text: 'Naltrexone is also used for alcohol use disorder, at the same 50 mg a day or as the monthly injection. It gives a modest drop in craving and in heavy drinking. It causes no reaction with alcohol (unlike disulfiram). The person must still be free of opioids before starting.',
        },
        {
          heading: 'Common side effects',
          text: 'Feeling sick or being sick, headache, and feeling tired. Aching muscles and joints, and mild stomach cramps. Feeling restless or anxious, and trouble sleeping. They are usually not serious.',
        },
        {
          heading: 'Less common side effects',
          text: 'A fast heartbeat, dizziness, feeling irritable, strong thirst, diarrhoea or constipation, loss of appetite, chills, and cold-like symptoms of the nose and throat. Some men have sexual problems.',
        },
        {
          heading: 'Injection-site reactions',
          text: 'Pain, tenderness, hardness, swelling, lumps or itching where the injection went in are common. Some reactions are severe: hard areas, blisters, open sores or dead tissue, and a few have needed surgery. See a doctor for a site that is very painful or getting worse.',
        },
        {
          heading: 'Get help now',
          text: 'Call emergency services for chest pain or trouble breathing. Call them for swelling of the face, lips, tongue or throat, or hives all over: this can be a severe allergic reaction. Get help at once for thoughts of self-harm. In the US you can also call or text 988, the crisis line, at any time.',
        },
        {
          heading: 'See a doctor soon',
          text: 'See a doctor for a new cough, wheeze or shortness of breath: rarely this is a lung problem called eosinophilic pneumonia. Also for a rash, low mood, confusion, seeing things that are not there, or a fever. And for blurred vision, painful eyes, swollen feet or legs, or ringing in the ears.',
        },
        {
          heading: 'The liver',
          text: 'Liver injury was seen when people took 300 mg a day, six times the usual dose, for 3 to 8 weeks. The label says the gap between a blocking dose and a harmful one may be less than fivefold. At usual doses liver harm is uncommon, and prescribers check liver tests. Warning signs are dark urine, yellow skin or eyes, pale stools, easy bruising or bleeding, great tiredness and pain in the upper right of the belly. The model warns when daily doses of 300 mg or more are kept up.',
        },
        {
          heading: 'Medicines that will not work',
          text: 'Opioid medicines for pain, cough, colds or diarrhoea will not work well. Naltrexone blocks the receptors they need.',
        },
        {
          heading: 'Surgery and emergencies',
          text: 'Before planned surgery, tablets are usually stopped about 72 hours ahead. With the injection, plan the surgery around the dosing dates. In an emergency, tell the staff about naltrexone at once, and carry a card that says so. Usual opioid pain relief may not work, and larger doses are dangerous. Hospitals can use other pain relief and watch breathing.',
        },
        {
          heading: 'Pregnancy and breastfeeding',
          text: 'There is little information on naltrexone in pregnancy or breastfeeding. Talk it through with the prescriber.',
        },
        {
          heading: 'Other drugs',
          text: 'Naltrexone only blocks opioids. It gives no protection against too much alcohol, or too many sleeping pills or tranquillisers (benzodiazepines). It gives none against stimulants such as cocaine or meth either.',
        },
        {
          heading: 'The block can be overcome, and it wears off',
          text: 'The block is a competition that a large enough opioid dose can win, and such a dose can stop breathing and kill. After stopping naltrexone, or when a tablet is missed or an injection is late, tolerance is low: an amount the person used to take can now be fatal. Carry naloxone (Narcan nasal spray).',
        },
      ],
      modelTitle: 'The model and its sources',
      model: {
        intro:
          'The model follows one chain, from a dose to what a person feels, and back again as the brain adapts. Each link is worked out from numbers in drug labels and published studies. Below the picture, every number the model uses is listed with its unit, how sure we are of it, and where it comes from.',
        chainLabel:
          'The chain the model follows, from a dose to a feeling, and the adaptation that feeds back',
        chain: [
          {
            name: 'Dose',
            text: 'A drug taken by mouth, into a vein, in the nose, under the tongue, or as the monthly injection.',
          },
          {
            name: 'Blood',
            text: 'How fast it is absorbed, spread through the body and cleared: the level in the blood over time.',
          },
          {
            name: 'Receptors',
            text: 'Every molecule, the body’s own endorphins included, competes for the same mu-opioid receptors. Naltrexone holds on for days.',
          },
          {
            name: 'Signal',
            text: 'How hard the held receptors are switched on: fully by heroin or fentanyl, partly by buprenorphine, not at all by naltrexone.',
          },
          {
            name: 'Feeling',
            text: 'Euphoria when the signal is above what the brain is used to, withdrawal when it is below, and the loss of the drive to breathe.',
          },
          {
            name: 'Adaptation',
            text: 'The brain slowly turns itself down to match the signal it gets (tolerance and dependence), and back up when it stops. This changes what the next dose does.',
          },
        ],
        feedsBack: 'feeds back',
        gradesHeading: 'How sure we are',
        grades: {
          A: 'A drug label or a primary study',
          B: 'A review of primary studies',
          C: 'Only a low-grade web page so far: not yet checked against a proper source',
          BK: 'From memory of the literature: not yet checked',
          D: 'Fitted or worked out for this model, to match the studies named',
        } as Record<string, string>,
        tableCaption: 'Every number in the model',
        table: {
          name: 'What it is',
          value: 'Value',
          unit: 'Unit',
          grade: 'How sure',
          source: 'Where it comes from',
        },
        steps: {
          blood: 'From dose to blood',
          receptors: 'From blood to receptors, and the signal',
          response: 'From signal to feeling, and adaptation',
          warnings: 'When the model warns',
        } as Record<string, string>,
        drugGroup: (drug: string) => `Drug levels: ${drug}`,
        ligandGroup: (ligand: string, kind: string) => `At the receptor: ${ligand} (${kind})`,
        classes: {
          endogenous: 'the body’s own',
          agonist: 'full agonist',
          partial_agonist: 'partial agonist',
          antagonist: 'blocker',
        } as Record<string, string>,
        phase: (what: string, n: number) => `${what}, phase ${n}`,
        sourceNotes: {
          A: 'Label or study:',
          B: 'Review:',
          C: 'Low-grade web source only; not yet checked',
          BK: 'From memory; not yet checked',
          D: 'Chosen or fitted for this model',
          Dto: 'Fitted for this model to match',
        } as Record<string, string>,
        referencesHeading: 'References',
        referenceKinds: {
          label: 'Drug label',
          guideline: 'Guideline',
          paper: 'Study',
          review: 'Review',
        } as Record<string, string>,
        units: {
          '-': 'ratio',
          ratio: 'ratio',
          h: 'hours',
          '1/h': 'per hour',
          L: 'litres',
          'L/h': 'litres per hour',
          'ng/mL': 'ng/mL',
          nM: 'nM',
          'g/mol': 'g/mol',
          signal: 'model scale, 0-1',
          stimulus: 'model scale',
          '1/signal': 'per unit of tolerance',
          COWS: 'COWS points (0-48)',
          '0-100': 'points (0-100)',
          'mg/24 h': 'mg in 24 hours',
          'mg/day': 'mg a day',
        } as Record<string, string>,
        // Plain names of the engine's parameters, by their catalogue name.
        params: {
          cl: 'Clearance: how fast the blood is cleared of it',
          v: 'Volume of distribution: how widely it spreads in the body',
          halfLife: 'Half-life in the blood',
          toMam: 'Share turned into 6-MAM',
          toMorphine: 'Share of 6-MAM turned into morphine',
          ke0: 'Speed of entry into the brain',
          oralF: 'Share that reaches the blood when swallowed',
          oralKa: 'Absorption rate when swallowed',
          nasalF: 'Share that reaches the blood from the nose',
          nasalKa: 'Absorption rate from the nose',
          slF: 'Share that reaches the blood from under the tongue',
          slKa: 'Absorption rate from under the tongue',
          imF: 'Share that reaches the blood from a muscle injection',
          imKa: 'Absorption rate from a muscle injection',
          clOverF: 'Clearance, as seen from the dose taken under the tongue',
          kout: 'Rate of removal from the blood',
          k12: 'Rate from blood into fast-filling tissue',
          k13: 'Rate from blood into slow-filling tissue',
          k21: 'Rate back from fast-filling tissue',
          k31: 'Rate back from slow-filling tissue',
          v1: 'Volume of the blood compartment',
          q: 'Flow between blood and tissue',
          q2: 'Flow between blood and the first tissue compartment',
          v2: 'Volume of the tissue compartment',
          q3: 'Flow between blood and the second tissue compartment',
          v3: 'Volume of the second tissue compartment',
          firstPassToNaltrexol: 'Share turned into 6β-naltrexol on the first pass through the liver',
          systemicToNaltrexol: 'Share of cleared naltrexone that becomes 6β-naltrexol',
          naltrexolCl: 'Clearance of 6β-naltrexol',
          naltrexolV: 'Volume of distribution of 6β-naltrexol',
          xrFractions: 'Monthly injection: share released',
          xrShapes: 'Monthly injection: shape of the release',
          xrMeanTimes: 'Monthly injection: average release time',
          mw: 'Molar mass',
          kiInVitro: 'Binding strength in a test tube (Ki)',
          kd: 'Level that fills half the receptors in the body',
          koff: 'Rate of letting go of the receptor',
          efficacy: 'Efficacy: how hard it switches a held receptor on',
          endorphinTone: 'Endorphin level at rest, against its binding strength',
          adaptationRise: 'Time for tolerance to build',
          adaptationFall: 'Time for tolerance to fade',
          antagonistSpeedup: 'How much faster tolerance fades while naltrexone holds the receptors',
          antagonistSpeedupFrom: 'Blocker share at which that speed-up begins',
          antagonistSpeedupFull: 'Blocker share at which that speed-up is complete',
          cowsFullScale: 'Withdrawal drive that scores the top of the COWS scale',
          dependenceHalf: 'Tolerance at which losing the endorphin signal counts half',
          expressionLag: 'Delay before withdrawal signs show',
          expressionBoost: 'How much a blocker shortens that delay',
          reliefTime: 'Time for an opioid dose to relieve withdrawal',
          breathingHalf: 'Opioid signal that halves the drive to breathe',
          breathingSteepness: 'How steeply breathing falls as the opioid signal grows',
          toleranceShift: 'How many times more drug tolerance makes you need',
          displacedHalf: 'How much opioid buprenorphine must push off to bring on withdrawal',
          brainHalfLife: 'Half-life of naltrexone held in the brain',
          brainFastShare: 'Part of naltrexone in the brain that follows the blood at once',
          hold: 'How long it holds a receptor, counting rebinding',
          liverDays: 'Liver warning: days in a row at that amount',
          widmarkR: 'Alcohol: body water per kg that dilutes a drink',
          absorptionHalfLife: 'Alcohol: half-time of absorption from the stomach',
          eliminationMax: 'Alcohol: most the liver clears per hour',
          eliminationHalf: 'Alcohol: blood level where clearing runs at half speed',
          endorphinRelease: 'Alcohol: most it raises the body’s own opioids',
          endorphinReleaseHalf: 'Alcohol: blood level giving half that rise',
          stimulationMax: 'Alcohol: its own lift in mood, not through opioid receptors',
          stimulationHalf: 'Alcohol: blood level giving half that lift',
          breathingLevel: 'Alcohol: blood level that alone halves the drive to breathe',
          maxAdaptedLevel: 'Highest level tolerance can reach',
          overdoseBreathing: 'Overdose warning: share of the breathing drive lost',
          overcomeEuphoria: 'Block-overcome warning: euphoria above',
          overcomeAntagonist: 'Block counts as present: blocker share above',
          precipitatedCows: 'Precipitated-withdrawal warning: withdrawal score within 6 hours of a blocker',
          liverDailyMg: 'Liver warning: naltrexone per day',
        } as Record<string, string>,
      },
      limitsHeading: 'Simplifications and limits',
      limits: [
        'One average 70 kg adult; no differences between people, sexes, ages, liver or kidney function.',
        'One pool of mu-opioid receptors for the whole brain; other opioid receptors (delta, kappa) are left out.',
        'The body’s own opioids (endorphins, enkephalins and endomorphins) are lumped together as one “endorphin”, and the share of receptors they hold at rest is a value chosen for the model.',
        'Euphoria, withdrawal and breathing are derived from receptor signal with fitted scales: they show direction and timing, not a prediction for a person.',
        'Tolerance and dependence are one slow adaptive state, so tolerance fades over the same days as withdrawal; craving, learning and the setting of use are not modelled.',
        'Many values are fitted (grade D) or from memory (BK): treat them as a teaching model.',
        'Alcohol is modelled only for its blood level, the endorphins it releases and its added load on breathing; other drugs (such as benzodiazepines or stimulants) and the histamine reactions of very large opioid doses are not modelled.',
      ],
    },
  },
};

export type Strings = typeof en;
