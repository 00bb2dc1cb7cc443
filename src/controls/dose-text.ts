// The dose panel's dose wording, bound once to the active language (see src/core/dose-words.ts).
import { doseWording } from '../core/dose-words';
import { strings } from '../strings/index';

export const { drugName, routeName, formatMg, describeDose, doseWords } = doseWording(strings.timeline.dose);
