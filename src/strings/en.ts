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

export const en = {
  app: {
    title: 'Naltrexone at the receptor',
    disclaimer:
      'An educational model, not medical advice. Decisions about treatment belong with the prescriber.',
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
    breathing: {
      title: 'Breathing',
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
      outside: 'The time must lie between {from} and {to}.',
      mg: '{mg} mg',
      repeatText: ', every {every} until {until}',
      describe: '{drug} {mg} {route}, {time}{repeat}',
      /** The drugs a dose can be given of, named as a list item starts ("Heroin"). */
      drugs: Object.fromEntries(
        DOSE_DRUGS.map((d) => [d, LIGAND_NAMES[d].charAt(0).toUpperCase() + LIGAND_NAMES[d].slice(1)]),
      ) as Record<string, string>,
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
    } as Record<string, string>,
    // One entry per lesson id; each step's id matches src/lessons/steps.ts. `plain` and `plainReveal`
    // are the counsellor's wording (short sentences, no numbers); values in {braces} come from the model.
    steps: {
      endorphins: {
        intro: {
          title: 'The body’s own opioids',
          text: 'Your brain makes its own opioids, the endorphins. They cross the small gap between nerve cells and settle for a moment in mu-opioid receptors, then let go.',
          plain:
            'Your body makes its own feel-good chemicals, called endorphins. They fit into tiny locks on brain cells, like keys.',
        },
        share: {
          title: 'How many receptors?',
          text: 'Look at a person at rest, with no drugs at all.',
          question: 'What share of the receptors do endorphins hold at rest?',
          choices: { most: 'Most of them', half: 'About half', few: 'A small share, under one in five' },
          reveal:
            'Endorphins hold about {endorphinPct}% of the receptors. That small, steady share gives a quiet sense of ease: the baseline. Euphoria reads {euphoria}: normal is not a high.',
          plainReveal:
            'Only a few locks are in use at any time. That is enough to feel normal and at ease. It is not a high.',
        },
      },
      'opioid-high': {
        intro: {
          title: 'A key that turns harder',
          text: 'Opioid drugs are shaped like endorphins, so they fit the same receptors, but they arrive in much larger amounts and switch the receptors on hard. Here four opioids are taken twelve hours apart by someone with no tolerance.',
          plain:
            'Opioid drugs are keys that fit the same locks, but they flood in and turn the locks hard. That is the high.',
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
            'Injected drugs hit within minutes. Pills take an hour or two. Every one of them gave a high.',
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
          text: 'The brain turns its own system down to balance the drug. By the last week the same dose gives euphoria of only {lateEuphoria}, against {firstEuphoria} at first: tolerance. The brain now depends on the drug just to feel normal.',
          plain:
            'The brain gets used to the drug and turns itself down. The same dose feels weaker. Now the body needs the drug just to feel normal.',
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
            'Withdrawal peaked {peakDay} days after the last dose at {peakCows} on the COWS scale ({band}) and fell below 5 by day {goneDay}. The turned-down brain is under-stimulated until it readjusts.',
          plainReveal:
            'Withdrawal comes within a day, is worst after one to three days, then eases over about a week as the brain resets. Cravings can last much longer.',
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
            'Naltrexone is a key that fits the lock but does not turn. It stays in the lock, so other keys cannot get in.',
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
            severe: 'Severe withdrawal within the hour',
          },
          reveal:
            'Within {minutes} minutes withdrawal passed 25 on the COWS scale and went on to {peakCows} ({band}). Naltrexone tore the remaining opioid off the receptors at once: precipitated withdrawal.',
          plainReveal:
            'Sudden, severe withdrawal within the hour. Naltrexone pushed the last of the opioid out of the locks all at once. This is why starting too early is dangerous.',
        },
        day10: {
          title: 'Waiting 10 days',
          text: 'Now the same person waits until day 10 before the first tablet.',
          question: 'What happens this time?',
          choices: { same: 'The same severe withdrawal', little: 'Little or nothing' },
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
          text: 'At 14 days it is {peakCows} ({band}). After methadone or buprenorphine the label allows up to two weeks, and the prescriber checks first, for example with a naloxone challenge.',
          plain:
            'After two weeks it is mild. After methadone or buprenorphine, the wait can be up to two weeks. Your prescriber checks before the first dose.',
        },
      },
      overcome: {
        intro: {
          title: 'Blocked',
          text: 'A monthly naltrexone injection on day 0. On day 14 the person injects 25 mg of heroin: euphoria {euphoria14}. Blocked.',
          plain:
            'This person gets the monthly shot. Two weeks later they use heroin. Nothing happens: the locks are taken.',
        },
        large: {
          title: 'A much larger dose',
          text: 'Day 42: the injection is wearing off, and they inject 150 mg, six times as much.',
          question: 'What happens?',
          choices: { blocked: 'Still blocked', through: 'It breaks through' },
          reveal:
            'Euphoria reached {euphoria} although antagonists still held {antagonistPct}% of the receptors. The block is a competition: enough opioid wins. Breathing lost {resp}%: doses this large are dangerous.',
          plainReveal:
            'It breaks through. With enough drug, some keys win the race for the locks. Trying to beat the block with a big dose can kill you.',
        },
        stopped: {
          title: 'After stopping',
          text: 'Another person used 100 mg three times a day, detoxed, had one injection and did not come back. Twelve weeks later they take their old dose.',
          question: 'How does the old dose affect their breathing now?',
          choices: { same: 'The same as it used to', worse: 'Far more: breathing in danger' },
          reveal:
            'The old dose took away {resp}% of the breathing drive (danger from 50%). When they used daily, it took {tolerantResp}%. Tolerance is gone, so an old dose can be deadly.',
          plainReveal:
            'Far more. After weeks without opioids the body has lost its tolerance. The dose they used to take can now stop their breathing.',
        },
        naloxone: {
          title: 'Naloxone',
          text: 'A friend sprays 4 mg of naloxone into the nose 5 minutes after the dose. It pushes the opioid off the receptors: 20 minutes after the dose the breathing drive lost is {after}%, against {before}% without naloxone. Naloxone wears off within hours, so call emergency services too.',
          plain:
            'Naloxone spray pushes the opioid out of the locks and can restart breathing. Carry it. Call an ambulance too: it wears off before the opioid does.',
        },
      },
      'tablets-vs-injection': {
        intro: {
          title: 'Tablets',
          text: 'Tablets: 25 mg on the first day, then 50 mg every day. Each tablet tops up the hold on the receptors.',
          plain: 'Tablets are taken once a day: a small first dose, then a full tablet every day.',
        },
        missed: {
          title: 'A missed tablet',
          text: 'On day 12 a tablet is missed.',
          question: 'What happens to the blockade?',
          choices: { zero: 'It drops to nothing at once', high: 'It stays high for a day or so' },
          reveal:
            'By the end of the missed day naltrexone still held {naltrexonePct}% of the receptors: it lets go slowly. Miss more days and the protection fades.',
          plainReveal:
            'One missed tablet still leaves most of the locks blocked. Missing more days lets the protection fade.',
        },
        peaks: {
          title: 'The monthly injection',
          text: 'The injection: 380 mg into a muscle, every 4 weeks.',
          question: 'What does the blood level do over the month?',
          choices: {
            onePeak: 'One peak, then a steady fall',
            twoPeaks: 'A peak within hours, a second after 2-3 days, then a slow decline',
            flat: 'Flat all month',
          },
          reveal:
            'Two peaks: {peak1} ng/mL at hour {peak1H}, then {peak2} ng/mL on day {peak2D}. The level stays above 1 ng/mL for about {aboveDays} days, then falls.',
          plainReveal: 'The shot releases the medicine slowly. It covers you for about a month, then fades.',
        },
        late: {
          title: 'A late injection',
          text: 'The third injection comes a week late, on day 63. From about week 4 the level falls below 1 ng/mL and protection weakens: on day 62 naltrexone holds {naltrexonePct}% of the receptors and the margin is thin.',
          plain: 'If the next shot is late, protection gets weaker. Get it on time.',
        },
        one: {
          title: 'One injection, no more',
          text: 'With a single injection the hold fades over the following weeks: {week6Pct}% at week 6, {week10Pct}% at week 10. There is no moment when a person can feel it is gone.',
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
    } as Record<string, Record<string, LessonStepText>>,
    counsellor: {
      heading: 'Talking it through',
      lockTitle: 'Locks and keys',
      lockCaptions: {
        endorphin: 'Your own endorphins: a gentle key. A few locks turned gives a calm, normal feeling.',
        opioid:
          'An opioid drug: a key that floods in and turns the locks hard. That is the high, and it can slow breathing.',
        naltrexone:
          'Naltrexone: a key that fits but does not turn. It stays in the lock, so opioid keys cannot get in.',
      },
      startHeading: 'When can naltrexone start?',
      lastUse: 'Date of the last opioid use',
      kind: 'Which kind',
      kinds: {
        short: 'Short-acting (heroin, oxycodone, morphine, fentanyl)',
        methadone: 'Methadone',
        buprenorphine: 'Buprenorphine',
      },
      startResult: (date: string) => `Not before ${date}, and only after your prescriber checks.`,
      startWhyShort:
        'The body needs 7 to 10 days without opioids to reset. Naltrexone taken sooner can cause sudden, severe withdrawal. The prescriber may check first, for example with a small test dose of naloxone.',
      startWhyLong:
        'Methadone and buprenorphine stay in the body much longer, so the wait can be up to two weeks. The prescriber checks first, for example with a small test dose of naloxone.',
      injectionHeading: 'The monthly injection',
      lastInjection: 'Date of the last injection',
      nextDue: (date: string) => `Next injection due: ${date}.`,
      weakens: (date: string) =>
        `From about ${date} the block may start to weaken, and it fades over the following weeks. You cannot feel when it is gone.`,
      danger: (date: string) =>
        `If the next injection is missed, from ${date} on your body cannot handle the amount you used to take. An old dose could stop your breathing. Carry naloxone.`,
      invalidDate: 'Please enter a full date.',
      futureDate: 'That date is in the future. Please check it.',
      privacy: 'Nothing you enter leaves this page.',
      safetyHeading: 'Keep safe',
      safety: [
        'Carry naloxone and show family and friends how to use it.',
        'Trying to beat the block with a large dose can kill.',
        'After stopping naltrexone, or after a missed injection, an old dose can be deadly.',
        'Tell every doctor, dentist and emergency team that you take naltrexone.',
      ],
      showCurves: 'Show me the curve',
      hideCurves: 'Hide the curve',
      print: 'Print the take-away',
    },
    takeaway: {
      title: 'Naltrexone: your take-away sheet',
      datesHeading: 'Your dates',
      noDate: '____________',
      startLine: 'Earliest start (only after your prescriber checks):',
      nextLine: 'Next injection due:',
      dangerLine: 'If an injection is missed, danger from:',
      doesHeading: 'What naltrexone does',
      does: [
        'It sits in the opioid receptors without switching them on, so heroin and other opioids give little or no high.',
        'It is not an opioid. It does not cause a high and you do not get hooked on it.',
        'It can ease cravings for some people.',
      ],
      doesNotHeading: 'What it does not do',
      doesNot: [
        'It does not treat withdrawal. Starting too early can cause sudden, severe withdrawal.',
        'It does not make a large opioid dose safe. Trying to get through the block can kill.',
        'It does not protect you after you stop. Your tolerance is gone, so your old dose can be deadly.',
      ],
      commonHeading: 'Common side effects (usually not serious)',
      common:
        'Feeling sick or being sick, headache, tiredness, aching muscles or joints, stomach cramps, trouble sleeping, feeling restless or anxious. Soreness where the injection went in.',
      doctorHeading: 'See a doctor soon if you have',
      doctor:
        'Yellow skin or eyes, dark urine, pale stools, pain in the upper right of the belly, or great tiredness (signs of a liver problem). Also: chest pain, shortness of breath, confusion, seeing things, low mood or thoughts of self-harm, a fever, or a painful, swollen or hard injection site.',
      naloxoneHeading: 'Carry naloxone',
      naloxone:
        'Naloxone can reverse an overdose. Keep it with you and make sure the people around you know where it is and how to use it. Call an ambulance as well.',
      painHeading: 'If you need emergency pain relief',
      pain: 'Tell the staff straight away that you take naltrexone, and when your last dose or injection was. Usual opioid pain medicines may not work, and larger doses are dangerous. Hospitals can use other pain relief and watch your breathing. Carry a card that says you take naltrexone.',
      footer:
        'From an educational model. It is not medical advice: your prescriber decides about your treatment.',
    },
    info: {
      aboutTitle: 'About naltrexone',
      about: [
        {
          heading: 'What it is',
          text: 'Naltrexone is an opioid receptor antagonist: it occupies mu-opioid receptors without activating them, so opioids taken on top give little or no effect. It is prescribed within a wider recovery plan, only to people who have already come through opioid withdrawal. It may also reduce craving, for reasons that are not fully understood, and it is used for alcohol dependence too.',
        },
        {
          heading: 'Forms and names',
          text: 'Tablets (generic naltrexone; brand names include ReVia and Depade) and an extended-release injection into muscle (Vivitrol).',
        },
        {
          heading: 'Doses',
          text: 'Tablets often start at 25 mg on the first day and go up to 50 mg a day; the prescriber sets the dose. The injection is 380 mg every 4 weeks.',
        },
        {
          heading: 'Before starting',
          text: 'At least 7-10 days without short-acting opioids, and up to 2 weeks after methadone or buprenorphine, because starting sooner can precipitate severe withdrawal.',
        },
        {
          heading: 'Common side effects',
          text: 'Nausea and vomiting, headache, tiredness, muscle and joint pain, mild stomach cramps, restlessness, anxiety and trouble sleeping. They are usually not serious.',
        },
        {
          heading: 'Less common side effects',
          text: 'A fast heartbeat, dizziness, irritability, strong thirst, diarrhoea or constipation, loss of appetite, chills, sexual problems in men, and cold-like symptoms of the nose and throat.',
        },
        {
          heading: 'Serious: see a doctor',
          text: 'Fever, chest pain, confusion, severe stomach pain, hallucinations, depression or large mood swings, shortness of breath, blurred vision or painful eyes, swelling of the feet, legs or face, itching all over, ringing in the ears, or changes in passing urine.',
        },
        {
          heading: 'The liver',
          text: 'Large doses can damage the liver (rises in liver enzymes were seen at 300 mg a day). Warning signs are dark urine, yellow skin or eyes, pale stools, easy bruising or bleeding, great tiredness and pain in the upper right of the belly. Prescribers check liver tests before and during treatment.',
        },
        {
          heading: 'The block can be overcome',
          text: 'Very large opioid doses can overcome the block, and such doses can cause serious reactions, coma or death. After stopping naltrexone, sensitivity to opioids is higher than before.',
        },
      ],
      modelTitle: 'The model and its sources',
      modelIntro:
        'Every number the model uses, with its unit, where it comes from and how sure we are. Confidence: A label or primary paper; B review; C low-grade web page; BK from memory, unverified; D derived or fitted for this project.',
      table: {
        group: 'Part',
        name: 'Parameter',
        value: 'Value',
        unit: 'Unit',
        confidence: 'Confidence',
        source: 'Source',
      },
      groups: {
        pk: (drug: string) => `Drug levels: ${drug}`,
        receptor: (ligand: string) => `Receptor: ${ligand}`,
        response: 'Response: signal, tolerance, withdrawal, breathing',
        events: 'Warnings',
      },
      limitsHeading: 'Simplifications and limits',
      limits: [
        'One average 70 kg adult; no differences between people, sexes, ages, liver or kidney function.',
        'One pool of mu-opioid receptors for the whole brain; other opioid receptors (delta, kappa) are left out.',
        'Euphoria, withdrawal and breathing are derived from receptor signal with fitted scales: they show direction and timing, not a prediction for a person.',
        'Tolerance is one slow adaptive state; craving, learning and the setting of use are not modelled.',
        'Many values are fitted (confidence D) or from memory (BK): treat them as a teaching model.',
        'Alcohol, other drugs, and the histamine reactions of very large opioid doses are not modelled.',
      ],
    },
  },
};

export type Strings = typeof en;
