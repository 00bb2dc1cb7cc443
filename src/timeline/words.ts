// The timeline's words for times and doses, bound once to the active language (see
// src/core/time-format.ts and src/core/dose-words.ts).
import { doseWording } from '../core/dose-words';
import { timeWording } from '../core/time-format';
import { format, strings } from '../strings/index';

export const { formatMoment, formatDuration, formatTick } = timeWording(strings.time, format.num);
export const { doseWords } = doseWording(strings.timeline.dose, { formatMoment, formatDuration }, format.num);
