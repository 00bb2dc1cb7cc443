// Every user-visible English string. A translation is a copy of this file with the same keys
// (the `Strings` type checks it). Sections belong to the views that use them.
export const en = {
  app: {
    title: 'Naltrexone at the receptor',
    disclaimer:
      'An educational model, not medical advice. Decisions about treatment belong with the prescriber.',
  },
  // scene: strings of the receptor scene (src/scene)
  scene: {},
  // timeline: strings of the charts, playback and dosing (src/timeline, src/controls)
  timeline: {},
  // lessons: lessons, modes, counsellor view, information (src/lessons, src/counsellor, src/info)
  lessons: {},
};

export type Strings = typeof en;
