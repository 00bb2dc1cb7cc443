// Pharmacokinetic parameters of every drug and route, at 70 kg: volumes in L, clearances in L/h,
// rate constants in 1/h, fractions dimensionless. Sources: pharmacology.md §1, §2, §6, §10.
import { p, LN2, MIN_PER_H, S_PER_H } from './types';

const perMin = (v: number) => v * MIN_PER_H;
const perS = (v: number) => v * S_PER_H;

export const HEROIN = {
  cl: p((30.8 * 70 * MIN_PER_H) / 1000, 'L/h', 'A', 'Inturrisi 1984: CL 30.8 mL/kg/min'),
  halfLife: p(3 / MIN_PER_H, 'h', 'A', 'Inturrisi 1984: t1/2 3.0 min'),
  toMam: p(1, '-', 'BK', 'heroin is deacetylated to 6-MAM; direct morphine formation neglected'),
  ke0: p(20, '1/h', 'BK', 'lipophilic: brain equilibrium within minutes'),
  nasalF: p(0.5, '-', 'BK', 'intranasal bioavailability about 50%'),
  nasalKa: p(10, '1/h', 'BK', 'intranasal peak within about 10 min'),
};

export const MAM = {
  cl: p((2200 * MIN_PER_H) / 1000, 'L/h', 'A', 'Garrett & Gurkan 1980 (dogs): 6-MAM CL 2200 mL/min'),
  halfLife: p(20 / MIN_PER_H, 'h', 'C', '6-MAM t1/2 6-25 min (C); BK 20-40 min'),
  toMorphine: p(4 / 7, '-', 'A', 'Garrett & Gurkan 1980 (dogs): 6-MAM to morphine : glucuronides 4:3'),
  ke0: p(20, '1/h', 'BK', 'lipophilic: brain equilibrium within minutes'),
};

export const MORPHINE = {
  v: p(245, 'L', 'A', 'Vd 3-4 L/kg (ER label); 3.5 L/kg x 70 kg'),
  halfLife: p(3, 'h', 'A', 'Swiss injection label: t1/2 about 3 h'),
  oralF: p(0.3, '-', 'A', 'oral bioavailability 20-40% (ER label)'),
  oralKa: p(3, '1/h', 'D', 'gives Tmax about 1 h (peak analgesia about 60 min, IR label)'),
  ke0: p(
    12,
    '1/h',
    'D',
    'effect peak about 20 min after an IV dose (Swiss label: peak analgesia about 20 min IV)',
  ),
};

export const OXYCODONE = {
  cl: p((1206 * MIN_PER_H) / 1000, 'L/h', 'A', 'TCRM elderly IV study: CL 1206 mL/min'),
  halfLife: p(3.55, 'h', 'A', 'oxycodone label §12.3: t1/2 3.55 h (15 mg IR)'),
  oralF: p(0.75, '-', 'A', 'oxycodone label: F 60-87%'),
  oralKa: p(
    1.8,
    '1/h',
    'D',
    'gives Tmax 1.4 h (label); with CL and t1/2, Cmax about 23 ng/mL after 15 mg (label 22.6)',
  ),
  ke0: p(2.8, '1/h', 'BK', 'effect-site t1/2 about 15 min'),
};

export const HYDROCODONE = {
  v: p(333, 'L', 'D', 'apparent V/F fitted to Cmax 23.6 ng/mL after 10 mg (BK label values)'),
  halfLife: p(3.8, 'h', 'BK', 'hydrocodone/APAP label: t1/2 3.8 h'),
  oralKa: p(2.0, '1/h', 'D', 'gives Tmax 1.3 h (BK label)'),
  ke0: p(2.8, '1/h', 'BK', 'effect-site t1/2 about 15 min'),
};

export const FENTANYL = {
  v: p(10.5, 'L', 'A', 'FDA model (Mann 2022): VP 10.5 L'),
  kout: p(perS(0.002), '1/h', 'A', 'FDA model: kout 0.002 /s'),
  k12: p(perS(0.0032), '1/h', 'A', 'FDA model: k12 0.0032 /s'),
  k13: p(perS(0.0036), '1/h', 'A', 'FDA model: k13 0.0036 /s'),
  k21: p(perS(0.0023), '1/h', 'A', 'FDA model: k21 0.0023 /s'),
  k31: p(perS(0.00023), '1/h', 'A', 'FDA model: k31 0.00023 /s'),
  ke0: p(perS(0.003), '1/h', 'A', 'FDA model: biophase k1 0.003 /s'),
  nasalF: p(0.7, '-', 'BK', 'intranasal fentanyl bioavailability about 70%'),
  nasalKa: p(6, '1/h', 'BK', 'intranasal Tmax about 12-15 min'),
};

export const METHADONE = {
  v: p(280, 'L', 'BK', 'Vd about 4 L/kg'),
  halfLife: p(30, 'h', 'A', 'methadone t1/2 8-59 h (FDA warning); a middle value'),
  oralF: p(0.9, '-', 'A', 'oral F approaching 90% (methadone label)'),
  oralKa: p(1, '1/h', 'BK', 'Tmax 2-4 h; onset within 30 min (label)'),
  ke0: p(2, '1/h', 'BK', 'effect-site t1/2 about 20 min'),
};

export const BUPRENORPHINE = {
  halfLife: p(36, 'h', 'C', 'SL t1/2 about 35-37 h'),
  clOverF: p(
    16000 / (5.5 * 24),
    'L/h',
    'D',
    'Greenwald 2003: 16 mg/day gives 5-6 ng/mL, so CL/F = dose rate / mean level',
  ),
  slF: p(0.3, '-', 'BK', 'sublingual bioavailability about 30%'),
  slKa: p(0.8, '1/h', 'D', 'gives a peak at about 5 h (C: peak 2-6 h)'),
  ke0: p(LN2 / (173 / MIN_PER_H), '1/h', 'A', 'Yassen 2007: biophase t1/2 173 min'),
};

export const NALOXONE = {
  cl: p(perMin(3.84), 'L/h', 'A', 'FDA model naloxone IV PK: CL 3.84 L/min'),
  v1: p(34.44, 'L', 'A', 'FDA model: V1 34.44 L'),
  q2: p(perMin(3.93), 'L/h', 'A', 'FDA model: Q2 3.93 L/min'),
  v2: p(70.15, 'L', 'A', 'FDA model: V2 70.15 L'),
  q3: p(perMin(0.92), 'L/h', 'A', 'FDA model: Q3 0.92 L/min'),
  v3: p(82.12, 'L', 'A', 'FDA model: V3 82.12 L'),
  ke0: p(LN2 / (6.5 / MIN_PER_H), '1/h', 'A', 'Yassen 2007: biophase equilibration t1/2 6.5 min'),
  imF: p(1, '-', 'BK', 'IM bioavailability about 100%'),
  imKa: p(4, '1/h', 'BK', 'IM Tmax about 15-20 min'),
  nasalF: p(0.44, '-', 'BK', 'intranasal bioavailability about 44-54%'),
  nasalKa: p(3, '1/h', 'BK', 'intranasal Tmax about 20-30 min'),
};

export const NALTREXONE = {
  oralKa: p(3, '1/h', 'D', 'pharmacology.md §10 fit (Tmax about 1 h, Swiss label)'),
  oralF: p(0.2, '-', 'D', '§10 fit; label range 5-40% (tension 1 in docs/model.md)'),
  firstPassToNaltrexol: p(
    0.8,
    '-',
    'D',
    '§10 fit: first pass about 95% (Swiss label), mostly to 6-beta-naltrexol',
  ),
  cl: p(120, 'L/h', 'D', '§10 fit; Meyer 1984 94 L/h, Licko 1981 210 L/h'),
  v: p(600, 'L', 'D', '§10 fit: t1/2 about 3.5 h (label 4 h)'),
  q: p(4, 'L/h', 'D', '§10 fit: small peripheral compartment'),
  v2: p(600, 'L', 'D', '§10 fit'),
  systemicToNaltrexol: p(
    0.9,
    '-',
    'D',
    'most systemic clearance forms 6-beta-naltrexol (urinary recovery 76% naltrexol, 16% its methoxy metabolite; Wall 1981)',
  ),
  naltrexolCl: p(25, 'L/h', 'D', '§10 fit (Meyer 1984 renal CL 283 mL/min = 17 L/h)'),
  brainHalfLife: p(
    34,
    'h',
    'D',
    'slow brain (biophase) compartment for naltrexone and 6-beta-naltrexol, standing in for brain retention and rebinding (de Witte; Vauquelin & Charlton 2010; pharmacology.md §7); binding from it is fast and competitive. The label durations (50/100/150 mg block 25 mg heroin for 24/48/72 h) imply a driver half-life of 24-41 h; with saturable binding this also gives the PET blockade half-time of 72-108 h (Lee 1988)',
  ),
  brainFastShare: p(
    0.2,
    '-',
    'D',
    'brain naltrexone that follows plasma at once, relative to the slow pool at equilibrium: blockade begins within 5 min-1 h (Davis Drug Guide) and 50 mg holds >= 90% within 8 h (Rabiner 2011), while 2 mg holds only about 27%',
  ),
  naltrexolV: p(450, 'L', 'D', '§10 fit: t1/2 about 12.5 h (label 13 h)'),
  // Extended-release 380 mg: three Erlang release phases (fraction, shape, mean time), §10 fit to the label's shape.
  xrFractions: [p(0.03, '-', 'D', '§10'), p(0.3, '-', 'D', '§10'), p(0.67, '-', 'D', '§10')],
  xrShapes: [p(1, '-', 'D', '§10'), p(3, '-', 'D', '§10'), p(2, '-', 'D', '§10')],
  xrMeanTimes: [p(1.5, 'h', 'D', '§10'), p(72, 'h', 'D', '§10'), p(360, 'h', 'D', '§10')],
};
