// The reference list of "The model and its sources": labels, guidelines and papers, each with the
// pattern that finds it in a parameter's source note in the engine's catalogue. Only labels,
// guidelines and peer-reviewed papers are listed: a low-grade web page may corroborate a value in
// the project's notes but is never the source shown. Citations are not translated.
// docs/sources.md gives the same list with the facts each one supports.

export type RefKind = 'label' | 'guideline' | 'paper' | 'review';

export interface Reference {
  id: string;
  kind: RefKind;
  /** Authors, year, title, journal; or label and section. */
  citation: string;
  /** Finds the reference in a catalogue source note. */
  match?: RegExp;
  /** Only for parameters of these molecules (a "Swiss label" of morphine is not naltrexone's). */
  only?: readonly string[];
}

export const REFERENCES: readonly Reference[] = [
  // Labels
  {
    id: 'revia',
    kind: 'label',
    citation:
      'ReVia (naltrexone hydrochloride tablets), US prescribing information: Clinical Pharmacology; Warnings (hepatotoxicity, precipitated withdrawal, attempts to overcome the blockade); Precautions; Dosage and Administration (naloxone challenge).',
    match: /ReVia label|\blabel range|\(label, tension|margin may be under fivefold \(label\)/,
  },
  {
    id: 'vivitrol',
    kind: 'label',
    citation:
      'Vivitrol (naltrexone for extended-release injectable suspension), US prescribing information: §2 Dosage and administration; §4 Contraindications; §5.1–5.8 Warnings (overdose, injection-site reactions, precipitated withdrawal, hepatotoxicity, depression, pain management, eosinophilic pneumonia, hypersensitivity); §8.1–8.2 Pregnancy, lactation; §12.3 Pharmacokinetics.',
    match: /Vivitrol label/,
  },
  {
    id: 'swissNaltrexone',
    kind: 'label',
    citation:
      'Naltrexone hydrochloride tablets, Swiss product information (Fachinformation), Pharmacokinetics chapter.',
    match: /Swiss label/,
    only: ['naltrexone', '6-beta-naltrexol'],
  },
  {
    id: 'morphineLabels',
    kind: 'label',
    citation:
      'Morphine sulfate tablets and extended-release tablets, US prescribing information, §12.3 Pharmacokinetics; morphine injection, Swiss product information, Pharmacokinetics chapter.',
    match: /IR label|ER label|Swiss (injection )?label/,
    only: ['morphine'],
  },
  {
    id: 'oxycodoneLabel',
    kind: 'label',
    citation: 'Oxycodone hydrochloride tablets, US prescribing information, §12.3 Pharmacokinetics.',
    match: /oxycodone label|\(label\); with CL|HCl salt is 351\.83/,
  },
  {
    id: 'hydrocodoneLabel',
    kind: 'label',
    citation:
      'Hydrocodone bitartrate and acetaminophen tablets, US prescribing information, Clinical Pharmacology.',
    match: /hydrocodone\/APAP label|bitartrate hydrate/,
  },
  {
    id: 'methadoneLabel',
    kind: 'label',
    citation:
      'Methadone hydrochloride tablets, US prescribing information, §12.3 Pharmacokinetics; US FDA public health advisory on methadone and breathing (2006).',
    match: /methadone label|FDA warning|onset within 30 min \(label\)/,
  },
  {
    id: 'narcan',
    kind: 'label',
    citation:
      'Narcan (naloxone hydrochloride) nasal spray, US prescribing information: §2 Dosage and administration (repeat every 2 to 3 minutes in alternate nostrils); §5.1 Risk of recurrent respiratory and central nervous system depression.',
  },
  // Guidelines
  {
    id: 'asam2020',
    kind: 'guideline',
    citation:
      'American Society of Addiction Medicine. The ASAM National Practice Guideline for the Treatment of Opioid Use Disorder: 2020 Focused Update. J Addict Med. 2020;14(2S Suppl 1):1–91.',
  },
  {
    id: 'tip63',
    kind: 'guideline',
    citation:
      'Substance Abuse and Mental Health Services Administration. Medications for Opioid Use Disorder. Treatment Improvement Protocol (TIP) 63. Rockville, MD: SAMHSA; 2021.',
  },
  {
    id: 'samhsaOverdose',
    kind: 'guideline',
    citation:
      'Substance Abuse and Mental Health Services Administration. SAMHSA Opioid Overdose Prevention Toolkit. Rockville, MD: SAMHSA; 2018.',
  },
  {
    id: 'cdcFentanyl',
    kind: 'guideline',
    citation:
      'Centers for Disease Control and Prevention. Fentanyl facts (illegally made fentanyl in other drugs and counterfeit pills). Atlanta: CDC; 2024.',
  },
  {
    id: 'lifeline988',
    kind: 'guideline',
    citation:
      'Substance Abuse and Mental Health Services Administration. 988 Suicide & Crisis Lifeline (call or text 988, United States). 2022.',
  },
  {
    id: 'who2009',
    kind: 'guideline',
    citation:
      'World Health Organization. Guidelines for the Psychosocially Assisted Pharmacological Treatment of Opioid Dependence. Geneva: WHO; 2009.',
    match: /WHO 2009/,
  },
  // Papers: naltrexone
  {
    id: 'lee1988',
    kind: 'paper',
    citation:
      'Lee MC, Wagner HN Jr, Tanada S, Frost JJ, Bice AN, Dannals RF. Duration of occupancy of opiate receptors by naltrexone. J Nucl Med. 1988;29(7):1207–1211.',
    match: /Lee 1988/,
  },
  {
    id: 'rabiner2011',
    kind: 'paper',
    citation:
      'Rabiner EA, Beaver J, Makwana A, et al. Pharmacological differentiation of opioid receptor antagonists by molecular and functional imaging of target occupancy and food reward-related brain activation in humans. Mol Psychiatry. 2011;16(8):826–835.',
    match: /Rabiner/,
  },
  {
    id: 'trostheim2022',
    kind: 'paper',
    citation:
      'Trøstheim M, Eikemo M, Haaker J, Frost JJ, Leknes S. Opioid antagonism in humans: a primer on optimal dose and timing for central mu-opioid receptor blockade. Neuropsychopharmacology. 2023;48(2):192–204 (online 2022).',
    match: /Tr[øo]stheim/,
  },
  {
    id: 'weerts2008',
    kind: 'paper',
    citation:
      'Weerts EM, Kim YK, Wand GS, et al. Differences in δ- and μ-opioid receptor blockade measured by positron emission tomography in naltrexone-treated recently abstinent alcohol-dependent subjects. Neuropsychopharmacology. 2008;33(3):653–665.',
    match: /Weerts/,
  },
  {
    id: 'ko2006',
    kind: 'paper',
    citation:
      'Ko MC, Divin MF, Lee H, Woods JH, Traynor JR. Differential in vivo potencies of naltrexone and 6β-naltrexol in the monkey. J Pharmacol Exp Ther. 2006;316(2):772–779.',
    match: /Ko 2006/,
  },
  {
    id: 'meyer1984',
    kind: 'paper',
    citation:
      'Meyer MC, Straughn AB, Lo MW, Schary WL, Whitney CC. Bioequivalence, dose-proportionality, and pharmacokinetics of naltrexone after oral administration. J Clin Psychiatry. 1984;45(9 Pt 2):15–19.',
    match: /Meyer 1984/,
  },
  {
    id: 'licko1981',
    kind: 'paper',
    citation: 'Licko V. Overview of human pharmacokinetics of naltrexone. NIDA Res Monogr. 1981;28:161–171.',
    match: /Licko/,
  },
  {
    id: 'wall1981',
    kind: 'paper',
    citation:
      'Wall ME, Brine DR, Perez-Reyes M. Metabolism and disposition of naltrexone in man after oral and intravenous administration. Drug Metab Dispos. 1981;9(4):369–375.',
    match: /Wall 1981/,
  },
  {
    id: 'dunbar2006',
    kind: 'paper',
    citation:
      'Dunbar JL, Turncliff RZ, Dong Q, Silverman BL, Ehrich EW, Lasseter KC. Single- and multiple-dose pharmacokinetics of long-acting injectable naltrexone. Alcohol Clin Exp Res. 2006;30(3):480–490.',
    match: /Dunbar 2006/,
  },
  {
    id: 'dunbar2007',
    kind: 'paper',
    citation:
      'Dunbar JL, Turncliff RZ, Hayes SC, Farrell CB. Population pharmacokinetics of extended-release injectable naltrexone (XR-NTX) in patients with alcohol dependence. J Stud Alcohol Drugs. 2007;68(6):862–870.',
    match: /Dunbar( popPK| 2007)/,
  },
  {
    id: 'castillo2024',
    kind: 'paper',
    citation:
      'Castillo F, Harris HM, Lerman D, Bisaga A, Nunes EV, Zhang Z, Wall M, Comer SD. Clinical implications of the relationship between naltrexone plasma levels and the subjective effects of heroin in humans. J Addict Med. 2024;18(2):110–114.',
    match: /Castillo/,
  },
  {
    id: 'comer2002',
    kind: 'paper',
    citation:
      'Comer SD, Collins ED, Kleber HD, Nuwayser ES, Kerrigan JH, Fischman MW. Depot naltrexone: long-lasting antagonism of the effects of heroin in humans. Psychopharmacology. 2002;159(4):351–360.',
    match: /Comer 2002/,
  },
  // Papers: opioids
  {
    id: 'inturrisi1984',
    kind: 'paper',
    citation:
      'Inturrisi CE, Max MB, Foley KM, Schultz M, Shin SU, Houde RW. The pharmacokinetics of heroin in patients with chronic pain. N Engl J Med. 1984;310(19):1213–1217.',
    match: /Inturrisi/,
  },
  {
    id: 'garrett1980',
    kind: 'paper',
    citation:
      'Garrett ER, Gürkan T. Pharmacokinetics of morphine and its surrogates IV: pharmacokinetics of heroin and its derived metabolites in dogs. J Pharm Sci. 1980;69(10):1116–1134.',
    match: /Garrett/,
  },
  {
    id: 'villesen2007',
    kind: 'paper',
    citation:
      'Villesen HH, Banning AM, Petersen RH, et al. Pharmacokinetics of morphine and oxycodone following intravenous administration in elderly patients. Ther Clin Risk Manag. 2007;3(5):961–967.',
    match: /TCRM/,
  },
  {
    id: 'mann2022',
    kind: 'paper',
    citation:
      'Mann J, Samieegohar M, Chaturbedi A, et al. Development of a translational model to assess the impact of opioid overdose and naloxone dosing on respiratory depression and cardiac arrest. Clin Pharmacol Ther. 2022;112(5):1020–1032 (and its public model code).',
    match: /FDA model|Mann/,
  },
  {
    id: 'yassen2006',
    kind: 'paper',
    citation:
      'Yassen A, Olofsen E, Dahan A, Danhof M. Mechanism-based pharmacokinetic-pharmacodynamic modelling of the antinociceptive effect of buprenorphine in healthy volunteers. Anesthesiology. 2006;104(6):1232–1242.',
    match: /Yassen 2006/,
  },
  {
    id: 'yassen2007',
    kind: 'paper',
    citation:
      'Yassen A, Olofsen E, van Dorp E, et al. Mechanism-based pharmacokinetic-pharmacodynamic modelling of the reversal of buprenorphine-induced respiratory depression by naloxone. Clin Pharmacokinet. 2007;46(11):965–980.',
    match: /Yassen 2007/,
  },
  {
    id: 'yassen2008',
    kind: 'paper',
    citation:
      'Yassen A, Olofsen E, Kan J, Dahan A, Danhof M. Pharmacokinetic-pharmacodynamic modeling of the effectiveness and safety of buprenorphine and fentanyl in rats. Pharm Res. 2008;25(1):183–193.',
    match: /Yassen 2008/,
  },
  {
    id: 'greenwald2003',
    kind: 'paper',
    citation:
      'Greenwald MK, Johanson CE, Moody DE, et al. Effects of buprenorphine maintenance dose on μ-opioid receptor availability, plasma concentrations, and antagonist blockade in heroin-dependent volunteers. Neuropsychopharmacology. 2003;28(11):2000–2009.',
    match: /Greenwald 2003/,
  },
  {
    id: 'greenwald2014',
    kind: 'review',
    citation:
      'Greenwald MK, Comer SD, Fiellin DA. Buprenorphine maintenance and mu-opioid receptor availability in the treatment of opioid use disorder: implications for clinical use and policy. Drug Alcohol Depend. 2014;144:1–11.',
    match: /Greenwald 2014/,
  },
  {
    id: 'chen1991',
    kind: 'paper',
    citation:
      'Chen ZR, Irvine RJ, Somogyi AA, Bochner F. Mu receptor binding of some commonly used opioids and their metabolites. Life Sci. 1991;48(22):2165–2171.',
    match: /Chen( et al\.)? 1991/,
  },
  {
    id: 'volpe2011',
    kind: 'paper',
    citation:
      'Volpe DA, McMahon Tobin GA, Mellon RD, et al. Uniform assessment and ranking of opioid mu receptor binding constants for selected opioid drugs. Regul Toxicol Pharmacol. 2011;59(3):385–390.',
    match: /Volpe/,
  },
  {
    id: 'zadina1997',
    kind: 'paper',
    citation:
      'Zadina JE, Hackler L, Ge LJ, Kastin AJ. A potent and selective endogenous agonist for the mu-opiate receptor. Nature. 1997;386(6624):499–502.',
    match: /Zadina/,
  },
  {
    id: 'selley2001',
    kind: 'paper',
    citation:
      'Selley DE, Cao CC, Sexton T, Schwegel JA, Martin TJ, Childers SR. μ opioid receptor-mediated G-protein activation by heroin metabolites: evidence for greater efficacy of 6-monoacetylmorphine compared with morphine. Biochem Pharmacol. 2001;62(4):447–455.',
    match: /Selley/,
  },
  {
    id: 'cornelissen2018',
    kind: 'paper',
    citation:
      'Cornelissen JC, Obeng S, Rice KC, Zhang Y, Negus SS, Banks ML. Application of receptor theory to the design and use of fixed-proportion mu-opioid agonist and antagonist mixtures in rhesus monkeys. J Pharmacol Exp Ther. 2018;365(1):37–47.',
    match: /JPET 2018/,
  },
  {
    id: 'pawar2007',
    kind: 'paper',
    citation:
      'Pawar M, Kumar P, Sunkaraneni S, Sirohi S, Walker EA, Yoburn BC. Opioid agonist efficacy predicts the magnitude of tolerance and the regulation of μ-opioid receptors and dynamin-2. Eur J Pharmacol. 2007;563(1–3):92–101.',
    match: /Pawar/,
  },
  {
    id: 'virk2009',
    kind: 'paper',
    citation:
      'Virk MS, Arttamangkul S, Birdsong WT, Williams JT. Buprenorphine is a weak partial agonist that inhibits opioid receptor desensitization. J Neurosci. 2009;29(22):7341–7348.',
    match: /Virk/,
  },
  {
    id: 'huhn2020',
    kind: 'paper',
    citation:
      'Huhn AS, Hobelmann JG, Oyler GA, Strain EC. Protracted renal clearance of fentanyl in persons with opioid use disorder. Drug Alcohol Depend. 2020;214:108147.',
  },
  // Papers: tolerance, withdrawal and overdose
  {
    id: 'wesson2003',
    kind: 'paper',
    citation:
      'Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs. 2003;35(2):253–259.',
    match: /COWS/,
  },
  {
    id: 'heishman1990',
    kind: 'paper',
    citation:
      'Heishman SJ, Stitzer ML, Bigelow GE, Liebson IA. Acute opioid physical dependence in humans: effect of naloxone at 6 and 24 hours postmorphine. Pharmacol Biochem Behav. 1990;36(2):393–399.',
    match: /Heishman/,
  },
  {
    id: 'charney1986',
    kind: 'paper',
    citation:
      'Charney DS, Heninger GR, Kleber HD. The combined use of clonidine and naltrexone as a rapid, safe, and effective treatment of abrupt withdrawal from methadone. Am J Psychiatry. 1986;143(7):831–837.',
    match: /Charney/,
  },
  {
    id: 'solomon1974',
    kind: 'paper',
    citation:
      'Solomon RL, Corbit JD. An opponent-process theory of motivation: I. Temporal dynamics of affect. Psychol Rev. 1974;81(2):119–145.',
    match: /tau_(up|down)|Solomon/,
  },
  {
    id: 'algera2021',
    kind: 'paper',
    citation:
      'Algera MH, Olofsen E, Moss L, et al. Tolerance to opioid-induced respiratory depression in chronic high-dose opioid users: a model-based comparison with opioid-naïve individuals. Clin Pharmacol Ther. 2021;109(4):1000–1007.',
    match: /Algera|tolerance shifts breathing/,
  },
  {
    id: 'strang2003',
    kind: 'paper',
    citation:
      'Strang J, McCambridge J, Best D, et al. Loss of tolerance and overdose mortality after inpatient opiate detoxification: follow up study. BMJ. 2003;326(7396):959–960.',
  },
  {
    id: 'merrall2010',
    kind: 'review',
    citation:
      'Merrall EL, Kariminia A, Binswanger IA, et al. Meta-analysis of drug-related deaths soon after release from prison. Addiction. 2010;105(9):1545–1554.',
  },
  // Papers: alcohol
  {
    id: 'rosner2010',
    kind: 'review',
    citation:
      'Rösner S, Hackl-Herrwerth A, Leucht S, Vecchi S, Srisurapanont M, Soyka M. Opioid antagonists for alcohol dependence. Cochrane Database Syst Rev. 2010;(12):CD001867.',
  },
  {
    id: 'widmark1932',
    kind: 'paper',
    citation:
      'Widmark EMP. Die theoretischen Grundlagen und die praktische Verwendbarkeit der gerichtlich-medizinischen Alkoholbestimmung. Berlin: Urban & Schwarzenberg; 1932.',
    match: /Widmark 1932/,
  },
  {
    id: 'jones2010',
    kind: 'review',
    citation:
      'Jones AW. Evidence-based survey of the elimination rates of ethanol from blood with applications in forensic casework. Forensic Sci Int. 2010;200(1–3):1–20.',
    match: /Jones 2010/,
  },
  {
    id: 'mitchell2012',
    kind: 'paper',
    citation:
      'Mitchell JM, O’Neil JP, Janabi M, Marks SM, Jagust WJ, Fields HL. Alcohol consumption induces endogenous opioid release in the human orbitofrontal cortex and nucleus accumbens. Sci Transl Med. 2012;4(116):116ra6.',
    match: /Mitchell 2012/,
  },
  {
    id: 'hendershot2017',
    kind: 'review',
    citation:
      'Hendershot CS, Wardell JD, Samokhvalov AV, Rehm J. Effects of naltrexone on alcohol self-administration and craving: meta-analysis of human laboratory studies. Addict Biol. 2017;22(6):1515–1527.',
    match: /Hendershot 2017/,
  },
  {
    id: 'vanderschrier2017',
    kind: 'paper',
    citation:
      'van der Schrier R, Roozekrans M, Olofsen E, et al. Influence of ethanol on oxycodone-induced respiratory depression: a dose-escalating study in young and elderly individuals. Anesthesiology. 2017;126(3):534–542.',
    match: /van der Schrier 2017/,
  },
  {
    id: 'vauquelin2010',
    kind: 'review',
    citation:
      'Vauquelin G, Charlton SJ. Long-lasting target binding and rebinding as mechanisms to prolong in vivo drug action. Br J Pharmacol. 2010;161(3):488–508.',
    match: /Vauquelin & Charlton 2010/,
  },
];

/** The references a catalogue source note names, for a parameter of the given molecule. */
export function referencesIn(note: string, molecule: string): Reference[] {
  return REFERENCES.filter((r) => r.match?.test(note) && (!r.only || r.only.includes(molecule)));
}
