// The panels' words in Spanish (the body map, the dose-shift explorer and the Drug X exercise),
// loaded with those panels when the page speaks Spanish (panels.ts), never before the first frame.
// Its type, PanelTable, is worked out from en-panels.ts: a key missing here, or one en-panels.ts
// lacks, does not compile. The body map is read by patients with their counsellor: plain, warm
// words (usted, short sentences), graded with the counsellor's view
// (tests/content/plain-words-es.test.ts); the medical facts are exactly the English ones, each with
// its source in docs/sources.md.
import type { PanelTable } from './en-panels';

/** A non-breaking space: "67 %", as Spanish writes a percentage. */
const NBSP = '\u00a0';

export const esPanels: PanelTable = {
  bodyMap: {
    intro:
      'Los receptores opioides son las cerraduras diminutas de las células nerviosas. Están en el cerebro, en la médula espinal, en el estómago y en el intestino delgado. Cada lugar hace un trabajo distinto. Elija un lugar para ver qué pasa allí.',
    figureLabel:
      'Un dibujo sencillo de una persona. Marca cuatro lugares: el cerebro, el tronco cerebral en la base del cerebro, la médula espinal en la espalda, y el estómago y el intestino.',
    placesLegend: 'Elija un lugar',
    places: {
      brain: {
        name: 'Cerebro',
        job: 'Placer y calma',
        text: 'Aquí sus propias endorfinas giran un poco las cerraduras. Eso da una sensación de calma. Los opioides las giran con fuerza: eso es la euforia. La naltrexona bloquea las cerraduras, así que un opioide da poca o ninguna euforia.',
        sideHeading: 'Efectos secundarios de la naltrexona que se notan aquí',
        side: ['Dolor de cabeza', 'Cansancio', 'Problemas para dormir', 'Nervios o inquietud', 'Mareo'],
      },
      brainstem: {
        name: 'Tronco cerebral',
        job: 'La respiración',
        text: 'El tronco cerebral le hace respirar sin que tenga que pensar en ello. Los opioides lo frenan. Demasiado opioide puede parar la respiración. Así es como muere la gente por una sobredosis.',
        sideHeading: 'El peligro aquí',
        side: [
          'La naltrexona por sí sola no frena la respiración.',
          'Una dosis grande para vencer el bloqueo puede parar la respiración.',
          'Cuando el bloqueo se va, hasta una dosis pequeña puede parar la respiración.',
        ],
      },
      spinal: {
        name: 'Médula espinal',
        job: 'Calmar el dolor',
        text: 'Aquí las cerraduras bajan las señales de dolor que van al cerebro. Así funcionan los medicamentos opioides para el dolor. La naltrexona también bloquea estas cerraduras.',
        sideHeading: 'Lo que esto significa',
        side: [
          'Los medicamentos opioides no le funcionarán bien. Entre ellos hay pastillas para el dolor, la tos o la diarrea.',
          'En una emergencia, diga al personal que toma naltrexona. Lleve una tarjeta que lo diga.',
        ],
      },
      gut: {
        name: 'Estómago e intestino',
        job: 'La digestión',
        text: 'Las cerraduras de las células nerviosas del estómago y del intestino delgado frenan el intestino cuando un opioide las gira. Por eso los opioides estriñen. Lo que más causa la naltrexona es malestar de estómago.',
        sideHeading: 'Efectos secundarios de la naltrexona que se notan aquí',
        side: ['Náuseas', 'Vómitos', 'Retortijones', 'Diarrea o estreñimiento', 'Falta de hambre'],
      },
    },
    nowHeading: 'Las cerraduras en el modelo ahora',
    nowAt: (time: string) => `En la línea de tiempo, ${time}:`,
    shares: {
      endorphin: (pct: number) => `${pct}${NBSP}% ocupadas por las endorfinas del propio cuerpo`,
      opioid: (pct: number) => `${pct}${NBSP}% ocupadas por opioides`,
      blocker: (pct: number) => `${pct}${NBSP}% ocupadas por naltrexona o naloxona`,
      free: (pct: number) => `${pct}${NBSP}% libres`,
    },
    feel: {
      brain: (n: number) => `Cómo se siente ahora en el modelo: una euforia de ${n} sobre 100.`,
      brainstem: (n: number) =>
        `La respiración ahora en el modelo: se pierde el ${n}${NBSP}% del impulso de respirar.`,
      spinal: 'El modelo no calcula el dolor.',
      gut: 'El modelo no calcula el intestino.',
    },
    onePool:
      'El modelo tiene un solo grupo de cerraduras para todo el cuerpo, así que cada lugar muestra los mismos números. Es un dibujo simple. En un cuerpo real, el nivel de los fármacos y el número de cerraduras cambian de un lugar a otro.',
    sideNote:
      'Las fichas técnicas dan los efectos secundarios, no el lugar del cuerpo donde empiezan. Los lugares de aquí son una guía sencilla.',
  },
  explorer: {
    intro:
      'Cada punto es una dosis del opioide, calculada por el modelo con toda la historia de la persona. Con naltrexona, las curvas se mueven a la derecha: el mismo efecto necesita más fármaco. Aun así llegan a la zona de peligro: una dosis lo bastante grande para atravesar el bloqueo puede parar la respiración.',
    story:
      'La persona: 50 mg de heroína inyectada tres veces al día durante un mes; luego 10 días sin opioides antes de empezar la naltrexona, como piden las fichas técnicas.',
    opioidLabel: 'Opioide',
    routes: { iv: 'en inyección', oral: 'por la boca' },
    stateLegend: 'Naltrexona',
    states: {
      none: 'Sin naltrexona',
      tablets: 'Pastillas, en su punto más bajo',
      week1: 'Inyección, semana 1',
      week4: 'Inyección, semana 4',
      stopped: '21 días después de dejarla',
    },
    stateText: {
      none: 'Sin naltrexona, 10 días después de la última heroína: el día en que empezaría el tratamiento. Ya se ha ido casi toda la tolerancia.',
      tablets:
        'Dos semanas de pastillas (25 mg, luego 50 mg al día); la dosis se toma 24 horas después de la última pastilla, justo antes de que toque la siguiente: el punto más débil de las pastillas.',
      week1:
        'Siete días después de la inyección mensual de 380 mg (puesta 10 días después de la última heroína).',
      week4: 'Veintiocho días después de la inyección: el día en que toca la siguiente.',
      stopped:
        'Veintiún días después de la última de dos semanas de pastillas. El bloqueo se ha ido, y también la tolerancia del consumo diario: compárelo con la curva de puntos.',
    },
    curves: {
      state: 'Este momento',
      sameDay: 'El mismo día, sin naltrexona',
      tolerant: 'Mientras aún consumía cada día',
    },
    euphoriaTitle: 'Euforia máxima (0-100)',
    breathingTitle: 'Impulso de respirar perdido, como máximo (%)',
    doseAxis: 'Dosis, mg (escala logarítmica)',
    danger: 'Zona de peligro: se pierde la mitad del impulso de respirar',
    breakLine: 'Aparece la euforia (20)',
    usual: 'dosis habitual',
    chartDescription: (what: string) =>
      `${what} frente a la dosis en escala logarítmica: en este momento, el mismo día sin naltrexona y mientras aún consumía cada día.`,
    blocked: (pct: number) =>
      `Cuando se toma la dosis, la naltrexona ocupa el ${pct}${NBSP}% de los receptores.`,
    shift: (dose: string, ratio: string, ref: string, predicted: string) =>
      `Se pierde la mitad del impulso de respirar con ${dose}: ${ratio} veces la dosis que lo hace el mismo día sin naltrexona (${ref}). La teoría competitiva (Gaddum) predice ${predicted} veces a partir de la parte que ocupa la naltrexona.`,
    noBlock: (dose: string) => `Sin naltrexona, se pierde la mitad del impulso de respirar con ${dose}.`,
    tolerance: (tolerant: string, now: string) =>
      `Cuando la persona consumía cada día hacían falta ${tolerant}; ahora basta con ${now}. La tolerancia se pierde a los pocos días de dejarlo.`,
    beyond: 'más que la dosis más grande del gráfico',
    cursorLabel: 'Leer las curvas en una dosis',
    readout: (dose: string, rows: string) => `Con ${dose}: ${rows}.`,
    readoutRow: (curve: string, euphoria: number, breathing: number) =>
      `${curve}, euforia ${euphoria} e impulso de respirar perdido ${breathing}${NBSP}%`,
    computing: 'Calculando…',
    comparing: 'Calculando las curvas de comparación…',
    computed: (sweep: number, all: number, doses: number) =>
      `${doses} dosis por curva. La curva de este momento tardó ${sweep} ms; con las dos curvas de comparación, ${all} ms.`,
    computedOne: (sweep: number, doses: number) =>
      `${doses} dosis por curva. La curva de este momento tardó ${sweep} ms; las curvas de comparación se calcularon antes.`,
    cached: (doses: number) => `${doses} dosis por curva, calculadas antes.`,
    tableSummary: 'Los números',
    tableCaption: 'Euforia máxima (0-100) e impulso de respirar perdido (%) con cada dosis',
    tableDose: 'Dosis (mg)',
    schild: {
      summary: 'Gráfico de Schild (para estudiantes)',
      text: 'La inyección mensual en las semanas 1 a 6 y las pastillas en su punto más bajo. Para cada una, el cociente de dosis (cuántas veces la dosis hace falta para perder la mitad del impulso de respirar) frente a la naltrexona en los receptores. El antagonismo competitivo da una recta de pendiente 1 (Arunlakshana y Schild 1959).',
      compute: 'Calcular el gráfico de Schild',
      xAxis: 'log₁₀ naltrexona en los receptores (ng/mL, equivalente en plasma)',
      yAxis: 'log₁₀ (cociente de dosis − 1)',
      slope: (slope: string) => `Pendiente ${slope}: la competencia predice 1.`,
      note: 'La naltrexona en los receptores es el nivel en el cerebro del modelo, leído de la parte de los receptores que ocupan la naltrexona y el 6β-naltrexol frente a la endorfina sola (el 6β-naltrexol cuenta con su menor fuerza); no es un nivel en la sangre.',
      point: (label: string, x: string, y: string) => `${label}: x ${x}, y ${y}`,
      injectionDay: (day: number) => `Inyección, día ${day}`,
      tablets: 'Pastillas, punto más bajo',
      description: 'Gráfico de Schild: un punto por cada momento del tratamiento y la recta ajustada.',
    },
  },
  drugX: {
    intro:
      'El fármaco X es uno de los fármacos del modelo, escondido. Haga los tres experimentos, mire los receptores y las curvas, y luego diga qué tipo de fármaco es y cuánto tiempo actúa.',
    seedLabel: 'Número del fármaco',
    seedHint: 'Quien abra el mismo enlace recibe el mismo fármaco. El enlace solo lleva este número.',
    seedUse: 'Usar este número',
    seedBad: (min: number, max: number) => `Escriba un número entero del ${min} al ${max}.`,
    another: 'Otro fármaco',
    copyLink: 'Copiar el enlace para la clase',
    copied: 'Enlace copiado: quien lo abra recibe este fármaco.',
    manual: 'Copie este enlace:',
    dose: (mg: string) =>
      `La cantidad habitual del fármaco X es ${mg} mg; los experimentos pueden dar 4 o 16 veces más.`,
    experimentLegend: 'Experimento',
    experiments: { alone: 'Solo', naltrexone: 'Con naltrexona', opioid: 'Después de un opioide' },
    experimentText: {
      alone: 'Una persona sin opioides en el cuerpo toma el fármaco X en la hora 2.',
      naltrexone: 'La misma persona toma 50 mg de naltrexona en la hora 0 y luego el fármaco X en la hora 2.',
      opioid:
        'Alguien que se ha inyectado heroína tres veces al día durante un mes toma el fármaco X en la hora 2, 14 horas después de su última dosis, cuando empieza la abstinencia.',
    },
    amountLegend: 'Cantidad',
    amounts: { 1: 'La habitual', 4: '4 veces', 16: '16 veces' },
    windowLabel: 'Mostrar',
    windows: { 6: 'Las primeras 6 horas', 48: 'Dos días', 168: 'Una semana' },
    dashed: 'Líneas de trazos: la misma persona sin el fármaco X.',
    charts: {
      receptors: 'Receptores ocupados (%)',
      euphoria: 'Euforia (0-100)',
      breathing: 'Impulso de respirar perdido (%)',
      withdrawal: 'Abstinencia (COWS, 0-48)',
    },
    hourAxis: 'Horas',
    series: {
      drugX: 'Fármaco X',
      background: { alone: '', naltrexone: 'naltrexona', opioid: 'la heroína y sus productos' },
      endorphin: 'endorfina',
      free: 'libres',
      without: 'sin el fármaco X (trazos)',
    },
    pictureHeading: 'Los receptores en el momento elegido',
    timeLabel: 'Tiempo',
    timeValue: (h: string) => `hora ${h}`,
    picture: (time: string, x: number, bg: number, bgName: string, endorphin: number, free: number) =>
      `En la ${time}, de 100 receptores: ${x} ocupados por el fármaco X${bgName ? `, ${bg} por ${bgName}` : ''}, ${endorphin} por endorfina, ${free} libres.`,
    summary: (x: number, euphoria: number, breathing: number, cows: number) =>
      `Con el fármaco X: como máximo el ${x}${NBSP}% de los receptores ocupados por el fármaco X, euforia hasta ${euphoria}, impulso de respirar perdido hasta el ${breathing}${NBSP}%, abstinencia hasta ${cows} en la escala COWS.`,
    summaryWithout: (euphoria: number, breathing: number, cows: number) =>
      `Sin él: euforia hasta ${euphoria}, impulso de respirar perdido hasta el ${breathing}${NBSP}%, abstinencia hasta ${cows}.`,
    answerHeading: 'Su respuesta',
    kindLegend: '¿Qué tipo de fármaco es?',
    kinds: {
      agonist: 'Un agonista completo: enciende el receptor del todo',
      partial_agonist: 'Un agonista parcial: lo enciende solo en parte',
      antagonist: 'Un antagonista: encaja sin encenderlo',
    },
    durationLegend:
      '¿Cuánto tiempo actúa? (Cuánto tiempo, dado solo, ocupa al menos la mitad de los receptores que ocupaba en su máximo.)',
    durations: { short: 'Menos de 2 horas', hours: 'De 2 a 12 horas', long: 'Más de 12 horas' },
    check: 'Comprobar mi respuesta',
    needBoth: 'Primero elija una respuesta para las dos preguntas.',
    kindRight: 'El tipo es correcto.',
    kindWrong: (kind: string) => `El tipo no es correcto. La respuesta: ${kind}.`,
    durationRight: 'Cuánto tiempo actúa es correcto.',
    durationWrong: (duration: string) =>
      `Cuánto tiempo actúa no es correcto. La respuesta: ${duration.toLowerCase()}.`,
    was: (name: string, mg: string, route: string) => `El fármaco X era ${name}, ${mg} mg ${route}.`,
    routes: {
      iv: 'por inyección en una vena',
      oral: 'por la boca',
      sublingual: 'debajo de la lengua',
      intranasal: 'por la nariz',
      im: 'por inyección en un músculo',
    },
    explain: {
      agonist: (f: { euphoria: number; breathing: number; large: number; blocked: number }) =>
        `Un agonista completo. Solo, dio una euforia de ${f.euphoria} y quitó el ${f.breathing}${NBSP}% del impulso de respirar; 16 veces la cantidad quitó el ${f.large}${NBSP}%, la zona de peligro: más fármaco, más efecto, sin techo. La naltrexona lo bloqueó (euforia ${f.blocked}), así que actúa en el receptor mu. En la persona con abstinencia, trajo alivio.`,
      partial_agonist: (f: { euphoria: number; breathing: number; large: number; blocked: number }) =>
        `Un agonista parcial. Solo, dio una euforia leve de ${f.euphoria}; 16 veces la cantidad quitó solo el ${f.large}${NBSP}% del impulso de respirar: un techo, porque aunque ocupe todos los receptores solo los enciende en parte. La naltrexona lo bloqueó (euforia ${f.blocked}). Se une despacio y con fuerza, así que su efecto llega tarde y dura mucho.`,
      antagonist: (f: { pct: number; withdrawal: number; without: number }) =>
        `Un antagonista. Solo, ocupó hasta el ${f.pct}${NBSP}% de los receptores, y aun así las curvas no se movieron: encaja en el receptor sin encenderlo. En la persona que depende de la heroína, sacó a la heroína y a la endorfina y provocó una abstinencia repentina (COWS ${f.withdrawal}, frente a ${f.without} sin él).`,
    },
    explainDuration: (hours: string) =>
      `Dado solo, ocupó al menos la mitad de su parte máxima de receptores durante unas ${hours} horas.`,
    loading: 'Haciendo el experimento…',
  },
};
