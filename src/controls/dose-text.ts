// The dose panel's words for doses and times, bound once to the active language (see
// src/core/dose-words.ts and src/core/time-format.ts).
import { doseWording } from '../core/dose-words';
import { timeWording } from '../core/time-format';
import { format, strings } from '../strings/index';

export const time = timeWording(strings.time, format.num);
export const { formatMoment } = time;
export const { drugName, routeName, formatMg, describeDose, doseWords } = doseWording(
  strings.timeline.dose,
  time,
  format.num,
);
