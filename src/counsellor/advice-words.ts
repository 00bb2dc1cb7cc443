// The counsellor's dates turned into sentences: pure, so the tests can read exactly what a patient
// is told for every kind of last opioid and for dates in the past. The words are in src/strings.
import { locale, strings } from '../strings/index';
import { formatDate, type InjectionAdvice, type IsoDate, type StartAdvice, type TabletAdvice } from './dates';

export type Tone = 'main' | 'why' | 'danger';
export interface Line {
  tone: Tone;
  text: string;
}

type Format = (date: IsoDate) => string;
/** Dates in the active language's locale ("Saturday, 15 March 2025", "sábado, 15 de marzo de 2025"). */
const inLocale: Format = (date) => formatDate(date, locale);
const line = (tone: Tone, text: string): Line => ({ tone, text });

/** When naltrexone can start, or a prompt to choose the kind when none is chosen. */
export function startWords(a: StartAdvice | undefined, format: Format = inLocale): Line[] {
  const c = strings.lessons.counsellor;
  if (!a) return [line('main', c.chooseKind)];
  const main =
    a.stage === 'ahead'
      ? c.startAhead(format(a.earliest), format(a.usualBy))
      : a.stage === 'within'
        ? c.startWithin(format(a.usualBy))
        : c.startOver;
  return [
    line('main', a.wait.sometimesLonger ? `${main} ${c.startLonger}` : main),
    line('why', a.kind === 'short' ? c.startWhyShort : c.startWhyLong),
    line('why', c.startCheck),
    line('why', c.startShot),
    line('why', c.startAgain),
  ];
}

/** When the injection is due, when its block starts to fade, and the danger of low tolerance. */
export function injectionWords(a: InjectionAdvice, format: Format = inLocale): Line[] {
  const c = strings.lessons.counsellor;
  if (a.daysLate > 0)
    return [
      line('main', c.injectionOverdue(format(a.nextDue), a.daysLate)),
      line('danger', c.injectionLateDanger),
    ];
  const main =
    a.daysLate === 0
      ? c.injectionDueToday
      : a.stage === 'ahead'
        ? c.injectionAhead(format(a.weakensFrom), format(a.nextDue))
        : c.injectionWithin(format(a.nextDue));
  return [line('main', main), line('danger', c.injectionDanger), line('why', c.toleranceWord)];
}

/** How fast the block fades once the tablets stop. */
export function tabletWords(a: TabletAdvice, format: Format = inLocale): Line[] {
  const c = strings.lessons.counsellor;
  const main =
    a.stage === 'ahead'
      ? c.tabletAhead(format(a.fadesFrom), format(a.goneBy))
      : a.stage === 'within'
        ? c.tabletWithin(format(a.goneBy))
        : c.tabletOver;
  return [line('main', main), line('danger', c.tabletDanger), line('why', c.tabletMissed)];
}
