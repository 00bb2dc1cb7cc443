// Every user-visible string in Spanish, for counsellors and their patients first: plain, warm words
// in short sentences (usted), the drug names people know (naloxona, Narcan; naltrexona, Vivitrol),
// and exactly the medical facts of en.ts, each with its source in docs/sources.md. Its type, Table,
// is worked out from en.ts: a key missing here, or one en.ts lacks, does not compile.
// tests/strings/ checks that every {value} of en.ts is here too, and the reading ease of the
// counsellor's words (Fernández-Huerta, tests/content/plain-words-es.test.ts).
import type { Table } from './en';
import { problemEs } from './es-problems';
import type { EventFacts } from './events';

/** Each ligand's name, written once: the scene's legend, the charts, the readout and the dose panel. */
const LIGAND_NAMES = {
  endorphin: 'endorfina',
  heroin: 'heroína',
  '6-MAM': '6-MAM (de la heroína)',
  morphine: 'morfina',
  oxycodone: 'oxicodona',
  hydrocodone: 'hidrocodona',
  fentanyl: 'fentanilo',
  methadone: 'metadona',
  buprenorphine: 'buprenorfina',
  naloxone: 'naloxona',
  naltrexone: 'naltrexona',
  '6-beta-naltrexol': '6β-naltrexol (de la naltrexona)',
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

const EVENT_NAMES = {
  precipitated_withdrawal: 'Abstinencia precipitada',
  overdose_risk: 'Riesgo de sobredosis',
  blockade_overcome: 'Bloqueo superado',
  liver_dose_warning: 'Aviso: dosis para el hígado',
};

const BANDS = {
  none: 'ninguna',
  mild: 'leve',
  moderate: 'moderada',
  moderatelySevere: 'moderadamente grave',
  severe: 'grave',
};

/** A non-breaking space: "67 %", as Spanish writes a percentage. */
const NBSP = '\u00a0';

/** An engine event told again from its kind and numbers (src/strings/events.ts reads them). */
function eventText(e: EventFacts, num: (v: number) => string): string {
  switch (e.kind) {
    case 'precipitated_withdrawal':
      if (e.cows === undefined || e.band === undefined) break;
      return `Abstinencia precipitada: ${
        e.drug === 'buprenorphine'
          ? 'la buprenorfina reemplazó al opioide en los receptores con una señal más débil'
          : `la ${LIGAND_NAMES[e.drug as keyof typeof LIGAND_NAMES] ?? 'naltrexona'} quitó de golpe la señal opioide`
      } de la que depende el cerebro todavía adaptado (COWS ${num(e.cows)}, ${BANDS[e.band]} y subiendo).`;
    case 'overdose_risk':
      if (e.breathingPct === undefined) break;
      return `Riesgo de sobredosis: el impulso de respirar bajó un ${num(e.breathingPct)}${NBSP}%.`;
    case 'blockade_overcome':
      if (e.euphoria === undefined || e.blockPct === undefined) break;
      return `Bloqueo superado: euforia de ${num(e.euphoria)} sobre 100 a pesar de un bloqueo de la naltrexona del ${num(e.blockPct)}${NBSP}% de los receptores. Una dosis capaz de hacer esto es capaz de detener la respiración.`;
    case 'liver_dose_warning':
      if (e.mgPerDay === undefined || e.days === undefined) break;
      return `Hígado: ${num(e.mgPerDay)} mg de naltrexona al día durante ${num(e.days)} días. Con 300 mg al día durante 3 a 8 semanas, las pruebas del hígado subieron en cerca de 1 de cada 5 personas en los estudios de la ficha técnica (dosis habitual: 50 mg al día). Quien receta revisa las pruebas del hígado.`;
  }
  return `${EVENT_NAMES[e.kind as keyof typeof EVENT_NAMES] ?? 'Aviso del modelo'}.`;
}

export const es: Table = {
  app: {
    title: 'La naltrexona en el receptor',
    disclaimer:
      'Es un modelo para aprender, no un consejo médico. Su médico o su enfermera deciden sobre su tratamiento.',
    modes: {
      label: 'Público',
      student: 'Estudiante',
      lecture: 'Clase',
      counsellor: 'Consejería',
      studentHint: 'Todos los controles, los números y el modelo que hay detrás',
      lectureHint: 'Letra grande y colores para proyector, para un aula',
      counsellorHint: 'Palabras sencillas y las fechas importantes, para hablar con un paciente',
    },
    lessonPicker: 'Lección',
    language: 'Idioma',
    page: {
      description:
        'Una simulación educativa de cómo la naltrexona bloquea los opioides y las endorfinas en el receptor opioide mu.',
      skip: 'Ir a la simulación',
      scene: 'En el receptor',
      side: 'Lección y dosis',
      charts: 'A lo largo del tiempo',
    },
    menu: {
      about: 'Sobre la naltrexona',
      model: 'El modelo y sus fuentes',
      share: 'Copiar enlace',
      shortcuts: 'Atajos de teclado',
      fullscreen: 'Pantalla completa',
      exitFullscreen: 'Salir de pantalla completa',
      print: 'Imprimir la hoja',
      play: 'Reproducir',
      pause: 'Pausa',
      projector: 'Colores de proyector',
      bodyMap: 'Mapa del cuerpo',
      explorer: '¿Cuánto haría falta?',
      drugX: 'Fármaco X',
      more: 'Más',
    },
    /** Titles of the dialogs the panels open in (their words load with them: es-panels.ts). */
    panels: {
      bodyMap: 'Dónde están los receptores',
      explorer: '¿Cuánto haría falta? Dosis de opioide frente a la naltrexona',
      drugX: 'El fármaco desconocido: el fármaco X',
    },
    share: {
      copied: 'Enlace copiado. Quien lo abra verá esta misma vista.',
      manual: 'Copie este enlace:',
      close: 'Cerrar',
    },
    notes: {
      dismiss: 'Cerrar aviso',
      ignored: 'Una parte del enlace no se pudo usar y se ignoró:',
      unknownParam: (name: string) => `"${name}" no es algo que esta página entienda`,
      badValue: (name: string, value: string) => `${name}: "${value}" no es un valor válido`,
      badDoses: (problem: string) => `doses: ${problem}`,
      doseFormat: (n: number, part: string) =>
        `dosis ${n}: "${part}" debe tener la forma fármaco:vía:mg:hora (drug:route:mg:hour)`,
      problem: problemEs,
    },
    dialog: { close: 'Cerrar' },
    shortcuts: {
      title: 'Atajos de teclado',
      keys: [
        ['?', 'Mostrar u ocultar esta lista'],
        ['Espacio o K', 'Reproducir o pausar'],
        ['← →', 'Retroceder o avanzar una hora (con Mayús: un día)'],
        ['Inicio, Fin', 'Ir al principio o al final'],
        ['+ −', 'Más rápido o más lento'],
        ['[ ]', 'Alejar o acercar los gráficos; 0 lo muestra todo'],
        ['G', 'Mostrar el gráfico siguiente (en un proyector o un teléfono)'],
        ['N', 'Paso siguiente de la lección'],
        ['B', 'Paso anterior de la lección'],
        ['1, 2, 3', 'Elegir una respuesta'],
        ['R', 'Mostrar la respuesta'],
        ['F', 'Pantalla completa'],
        ['S, L, C', 'Vista de estudiante, de clase o de consejería'],
        ['Esc', 'Cerrar un cuadro de diálogo'],
      ],
    },
  },
  time: {
    day: 'día {n}',
    week: 'semana {n}',
    moment: '{day}, {clock}',
    minutes: '{n} min',
    hours: '{n} h',
    hoursMinutes: '{h} h {m} min',
    oneDay: '1 día',
    days: '{n} días',
    oneWeek: '1 semana',
    weeks: '{n} semanas',
  },
  scene: {
    canvasLabel:
      'Sinapsis animada: las moléculas cruzan el espacio entre dos células nerviosas y se unen a los receptores de la célula que recibe.',
    noWebgl:
      'La imagen animada necesita WebGL, que este navegador no tiene. La descripción de abajo, los gráficos y los controles siguen funcionando.',
    restoring: 'Recuperando la imagen…',
    labels: {
      terminal: 'Terminal nerviosa, que libera endorfina',
      cleft: 'Espacio sináptico',
      cell: 'Célula nerviosa que recibe',
    },
    turnedAwayCounter: 'Rechazadas',
    legendLabel: 'Leyenda de la imagen',
    states: {
      lit: 'Receptor encendido: da señal',
      dim: 'Encendido a medias: señal parcial',
      dark: 'Apagado y ocupado: bloqueado',
      bounce: 'Rechazada',
    },
    ligands: LIGAND_NAMES,
    description: {
      held: (n: number, total: number, who: string) => `${n} de ${total} receptores ocupados por ${who}`,
      alsoHeld: (n: number, who: string) => `${n} por ${who}`,
      free: (n: number) => (n === 1 ? '1 libre' : `${n} libres`),
      allFree: (total: number) => `Los ${total} receptores están libres`,
      turnedAway: (who: string) => `no hay sitio para ${who}`,
      others: 'otras moléculas',
      and: ' y ',
    },
  },
  timeline: {
    region: 'Gráficos en el tiempo. Arrastre o use las teclas para moverse en el tiempo.',
    keysTitle: 'Teclas',
    keys: [
      ['Espacio', 'reproducir o pausar'],
      ['← →', 'avanzar o retroceder una hora (Mayús: un día)'],
      ['Inicio Fin', 'principio o final'],
      ['+ −', 'más rápido o más lento'],
      ['[ ]', 'alejar o acercar'],
      ['RePág AvPág', 'antes o después'],
      ['0', 'mostrar todo'],
      ['G', 'gráfico siguiente'],
    ],
    names: { ...LIGAND_NAMES, free: 'receptores libres' },
    shortNames: {
      '6-MAM': '6-MAM',
      '6-beta-naltrexol': '6β-naltrexol',
      free: 'libres',
    },
    feel: {
      title: 'Cómo se siente',
      description:
        'La euforia por encima del nivel normal de la persona (de 0 a 100) y la abstinencia por debajo, en la escala COWS (de 0 a 48).',
      euphoria: 'euforia',
      withdrawal: 'abstinencia (COWS)',
      baseline: 'nivel normal',
      bands: BANDS,
    },
    occupancy: {
      title: 'Receptores',
      description:
        'Parte de los receptores opioides mu que ocupa cada molécula; en gris, los receptores libres.',
    },
    plasma: {
      title: 'Niveles del fármaco',
      description:
        'Concentración en el plasma de la sangre, ng/mL, en escala logarítmica. Marque una molécula para mostrarla u ocultarla.',
      none: 'En este escenario no hay fármaco en la sangre.',
      unit: 'ng/mL',
    },
    charts: {
      label: 'Otros gráficos',
      show: 'Mostrar:',
      hint: 'Mostrar este gráfico en su lugar (G muestra el siguiente)',
    },
    breathing: {
      title: 'Respiración perdida',
      description:
        'Parte del impulso normal de respirar que se pierde. Por encima de la mitad está la zona de peligro.',
      danger: 'zona de peligro',
      axis: 'impulso perdido',
    },
    events: EVENT_NAMES,
    eventText,
    track: {
      label: 'Dosis',
      doseHint: 'Arrastre esta dosis, o use las flechas, para moverla; Supr la quita.',
      moved: 'Dosis movida al {time}.',
      removed: 'Dosis quitada.',
    },
    playbar: {
      label: 'Reproducción',
      play: 'Reproducir',
      pause: 'Pausa',
      replay: 'Volver a reproducir',
      start: 'Ir al principio',
      end: 'Ir al final',
      back: 'Retroceder una hora',
      forward: 'Avanzar una hora',
      reset: 'Reiniciar',
      speed: 'Velocidad',
      slower: 'Más lento',
      faster: 'Más rápido',
      time: 'Tiempo',
      ended: 'Fin de la línea de tiempo',
      zoom: 'Zoom',
      zoomIn: 'Acercar',
      zoomOut: 'Alejar',
      fit: 'Ver todo',
      earlier: 'Antes',
      later: 'Después',
      perSecond: '{speed}/s',
    },
    readout: {
      title: 'En el cursor',
      hoverTitle: 'Bajo el puntero',
      euphoria: 'Euforia',
      withdrawal: 'Abstinencia',
      breathing: 'Pérdida de respiración',
      signal: 'Señal',
      tolerance: 'Tolerancia',
      receptors: 'Receptores ocupados',
      plasma: 'Plasma, ng/mL',
      cowsBand: 'COWS {value}, {band}',
      live: '{time}. Euforia {euphoria}. Abstinencia {withdrawal}. Respiración: {breathing} perdida. {receptors}',
    },
    dose: {
      title: 'Dar una dosis',
      drug: 'Fármaco',
      route: 'Vía',
      amount: 'Cantidad (mg)',
      usual: 'Cantidades habituales',
      when: 'Cuándo',
      now: 'Ahora (en el cursor)',
      at: 'A una hora elegida',
      day: 'Día',
      clock: 'Hora del día',
      repeat: 'Repetir',
      every: 'Cada (horas)',
      until: 'Hasta el día',
      give: 'Dar la dosis',
      list: 'Dosis de este escenario',
      none: 'Todavía no hay dosis.',
      remove: 'Quitar',
      removeLabel: 'Quitar {dose}',
      given: 'Dosis dada: {dose}.',
      refused: 'No se dio esa dosis:',
      fieldErrors: {
        amount: 'Escriba una cantidad mayor que 0 mg.',
        amountMax: 'Escriba una cantidad de {max} mg o menos.',
        every: 'Escriba cada cuántas horas: un número mayor que 0.',
        until: 'Escriba un último día igual o posterior al día de la primera dosis.',
        day: 'Escriba un día entre el {from} y el {to}.',
        time: 'Escriba una hora del día.',
      },
      checkField: 'Revise el campo marcado en rojo.',
      mostTaken:
        'Es más de lo que la gente toma de una vez (como mucho, unos {max} mg). El modelo la dará igualmente.',
      givenLarge: 'Dosis dada: {dose}. Es más de lo que la gente toma de una vez.',
      outside: 'La hora debe estar entre el {from} y el {to}.',
      mg: '{mg} mg',
      drinks: '{drinks} bebidas ({g} g)',
      repeatText: ', cada {every} hasta el {until}',
      describe: '{drug} {mg} {route}, {time}{repeat}',
      drugs: {
        ...(Object.fromEntries(
          DOSE_DRUGS.map((d) => [d, LIGAND_NAMES[d].charAt(0).toUpperCase() + LIGAND_NAMES[d].slice(1)]),
        ) as Record<(typeof DOSE_DRUGS)[number], string>),
        alcohol: 'Alcohol',
      },
      routes: {
        iv: 'por vía intravenosa (IV)',
        oral: 'por la boca',
        intranasal: 'por la nariz',
        sublingual: 'debajo de la lengua',
        im: 'por vía intramuscular (IM)',
      },
      monthly: 'en inyección mensual (IM)',
    },
    scenario: {
      label: 'Escenario',
      save: 'Guardar el escenario (JSON)',
      load: 'Abrir un escenario (JSON)',
      loaded: 'Abierto: «{title}».',
      badFile: 'No se abrió este archivo; el escenario actual no cambió.',
      notJson: 'archivo: no es JSON válido ({message})',
      tooBig: 'archivo: pesa más de {max} MB',
      dismiss: 'Cerrar aviso',
    },
    exports: {
      label: 'Descargar',
      csv: 'Línea de tiempo CSV',
      json: 'Línea de tiempo JSON',
      svg: 'SVG',
      png: 'PNG',
      chartSvg: 'Descargar {chart} como SVG',
      chartPng: 'Descargar {chart} como PNG',
      scenario: 'Escenario: {title}',
      untitled: 'un escenario sin nombre',
      units: {
        feel: 'Euforia por encima del nivel normal de la persona, de 0 a 100; abstinencia por debajo, en la escala COWS, de 0 a 48.',
        occupancy: 'Parte de los receptores opioides mu ocupados, %.',
        plasma: 'Concentración en el plasma de la sangre, ng/mL, en escala logarítmica.',
        breathing:
          'Parte del impulso normal de respirar que se pierde, %; la mitad o más es la zona de peligro.',
      },
    },
  },
  lessons: {
    ui: {
      heading: 'Lección',
      stepOf: (n: number, total: number) => `Paso ${n} de ${total}`,
      next: 'Siguiente',
      back: 'Atrás',
      reveal: 'Ver la respuesta',
      revealHint: 'Primero elija una respuesta; luego vea lo que hace el modelo.',
      yourGuess: 'Su respuesta',
      right: '¡Acertó!',
      notQuite: 'No del todo. Esto es lo que muestra el modelo.',
      freePlay: 'Juego libre',
      freePlayText:
        'Ahora es su turno: cambie las dosis, mueva el cursor del tiempo o elija otra lección. El modelo vuelve a calcular al instante.',
      restart: 'Empezar la lección otra vez',
      showNumbers: 'Ver los números',
      hideNumbers: 'Ocultar los números',
      playFromHere: 'Reproducir',
      guessLegend: '¿Qué cree que pasará?',
      lessonN: (n: number) => `Lección ${n}`,
      modelAnswer: 'la respuesta del modelo',
      nextLesson: (title: string) => `Lección siguiente: ${title}`,
      ghost: (drugs: string) => `sin ${drugs}`,
      open: {
        'body-map': '¿Dónde están los receptores en el cuerpo?',
        'drug-x': 'Abrir el ejercicio del fármaco X',
      },
    },
    titles: {
      endorphins: 'Las endorfinas y el nivel normal',
      'opioid-high': 'La euforia de un opioide',
      tolerance: 'Tolerancia y abstinencia',
      blockade: 'La naltrexona bloquea el opioide',
      'too-early': 'Demasiado pronto: abstinencia precipitada',
      overcome: 'Superar el bloqueo, y la tolerancia perdida',
      'tablets-vs-injection': 'Pastillas o la inyección mensual',
      sandbox: 'Espacio libre',
      alcohol: 'El alcohol y la recompensa',
      'unknown-drug': 'El fármaco desconocido',
    },
    steps: {
      endorphins: {
        intro: {
          title: 'Los opioides del propio cuerpo',
          text: 'El cerebro fabrica sus propios opioides: las endorfinas, las encefalinas y las endomorfinas. Cruzan el pequeño espacio entre las células nerviosas y se quedan un momento en los receptores opioides mu; luego se sueltan. Este modelo junta toda la familia en una sola «endorfina».',
          plain:
            'Su cuerpo fabrica sus propias sustancias para sentirse bien, como las endorfinas. Entran en unas cerraduras diminutas de las células del cerebro, como llaves. Esas cerraduras se llaman receptores.',
        },
        share: {
          title: '¿Cuántos receptores?',
          text: 'Mire a una persona en reposo, sin ninguna droga.',
          question: '¿Qué parte de los receptores ocupan las endorfinas en reposo?',
          choices: {
            most: 'Casi todos',
            half: 'Cerca de la mitad',
            few: 'Una parte pequeña, menos de uno de cada cinco',
          },
          reveal:
            'En este modelo, las endorfinas ocupan cerca del {endorphinPct}\u00a0% de los receptores en reposo: es un valor elegido para el modelo, porque la parte real no se puede medir directamente. Esa parte pequeña y constante da una tranquila sensación de bienestar: el nivel normal. La euforia marca {euphoria}: sentirse normal no es estar drogado.',
          plainReveal:
            'Solo unas pocas cerraduras están en uso a la vez. Eso basta para sentirse normal y tranquilo. No es una euforia.',
        },
      },
      'opioid-high': {
        intro: {
          title: 'Una llave que gira con más fuerza',
          text: 'Las drogas opioides tienen una forma parecida a la de las endorfinas, así que encajan en los mismos receptores; pero llegan en cantidades mucho mayores y los encienden con fuerza. Aquí, una persona sin tolerancia toma cuatro opioides, con doce horas de diferencia.',
          plain:
            'Las drogas opioides son llaves que entran en las mismas cerraduras. Pero llegan en masa y giran las cerraduras con fuerza. Eso es la euforia.',
        },
        fastest: {
          title: '¿Cuál hace efecto más rápido?',
          text: 'La heroína se inyecta en la hora 1; la oxicodona y la hidrocodona se tragan en pastillas; el fentanilo se inyecta en la hora 37.',
          question: '¿Cuáles llegan antes a su punto más alto?',
          choices: {
            injected: 'La heroína y el fentanilo, inyectados',
            tablets: 'Las pastillas de oxicodona e hidrocodona',
            same: 'Todos a una velocidad parecida',
          },
          reveal:
            'La heroína inyectada llegó a su punto más alto {heroinMin} minutos después de la dosis, y el fentanilo a los {fentanylMin}; las pastillas tardaron unas {tabletH} horas. Euforia máxima: heroína {heroinPeak}, oxicodona {oxyPeak}, hidrocodona {hydroPeak}, fentanilo {fentanylPeak} (de 0 a 100).',
          plainReveal:
            'Lo que entra por la vena hace efecto en minutos. Las pastillas tardan una o dos horas. Todos dieron euforia.',
        },
        breathing: {
          title: 'Los mismos receptores frenan la respiración',
          text: 'Los receptores opioides mu también están en el tronco del encéfalo, que marca el ritmo de la respiración. En su punto más alto, la heroína le quitó el {heroinResp}\u00a0% del impulso de respirar a esta persona sin tolerancia.',
          plain:
            'Las mismas cerraduras también controlan la respiración. Demasiado opioide puede hacer la respiración más lenta, hasta que se para.',
        },
      },
      tolerance: {
        intro: {
          title: 'Día tras día',
          text: 'Esta persona se inyecta 50 mg de heroína tres veces al día durante treinta días. Las primeras dosis dan una euforia fuerte.',
          plain:
            'Alguien usa heroína tres veces al día durante un mes. Al principio, cada dosis da una euforia fuerte.',
        },
        adapt: {
          title: 'Tolerancia',
          text: 'El cerebro baja su propio sistema para compensar la droga. El último día, la misma dosis da una euforia máxima de solo {lateEuphoria}, frente a {firstEuphoria} al principio: eso es la tolerancia. Ahora el cerebro depende de la droga solo para sentirse normal.',
          plain:
            'El cerebro se acostumbra a la droga y se baja a sí mismo. La misma dosis se siente más débil. Esto se llama tolerancia. Ahora el cuerpo necesita la droga solo para sentirse normal.',
        },
        stop: {
          title: 'Dejarlo',
          text: 'La última dosis es el día 30.',
          question: '¿Qué pasa en los días después de la última dosis?',
          choices: {
            nothing: 'Casi nada: la droga simplemente se va',
            wave: 'Abstinencia que llega al máximo en 1 a 3 días y se calma en una semana más o menos',
            months: 'Abstinencia con toda su fuerza durante meses',
          },
          reveal:
            'La abstinencia llegó al máximo {peakDay} días después de la última dosis, con {peakCows} en la escala COWS ({band}), y bajó de 5 en los {goneDays} días siguientes a la última dosis. El cerebro, que se había bajado, queda con poca señal hasta que se reajusta.',
          plainReveal:
            'La abstinencia llega en menos de un día. Lo peor es entre uno y tres días después. Luego se calma en una semana más o menos, mientras el cerebro se reajusta. Las ansias de consumir pueden durar mucho más.',
        },
      },
      blockade: {
        intro: {
          title: 'Después de la desintoxicación',
          text: 'Diez días después de la última heroína, la abstinencia ha terminado. Empieza la naltrexona: 25 mg el primer día y luego 50 mg al día.',
          plain:
            'Diez días después del último consumo, la abstinencia ha terminado. Ahora empieza la naltrexona: una primera pastilla pequeña y luego una al día.',
        },
        hold: {
          title: 'Una llave que entra pero no gira',
          text: 'La naltrexona encaja en el receptor pero no lo enciende, y se suelta despacio. Ahora ocupa el {naltrexonePct}\u00a0% de los receptores.',
          plain:
            'La naltrexona es una llave que entra en la cerradura pero no gira. Se queda en la cerradura, así que la mayoría de las llaves opioides no pueden entrar.',
        },
        heroin: {
          title: 'Heroína encima',
          text: 'El día 13, la persona se inyecta 25 mg de heroína.',
          question: '¿Qué siente?',
          choices: { full: 'Una euforia completa', weaker: 'Una euforia más débil', nothing: 'Casi nada' },
          reveal:
            'La euforia llegó como máximo a {blockedEuphoria}. El mismo modelo sin naltrexona da {openEuphoria} con la misma dosis. La heroína encontró los receptores ocupados y fue rechazada.',
          plainReveal:
            'Casi nada. Las cerraduras ya estaban ocupadas, así que la heroína no pudo entrar. No hubo euforia.',
        },
        competition: {
          title: 'Una competencia, no un muro',
          text: 'El mismo día, con cuarenta veces la dosis: 1 g. Antes, la naltrexona ocupaba el {naltrexonePct}\u00a0% de los receptores; aun así, la euforia llegó a {euphoria} y la respiración perdió el {resp}\u00a0%. La naltrexona y la heroína compiten por los mismos receptores: con suficiente heroína, gana la heroína, y una cantidad que gana basta para parar la respiración.',
          plain:
            'Una dosis mucho más grande puede pasar el bloqueo. Pero una dosis tan grande puede parar su respiración. Nunca intente vencer el bloqueo.',
        },
      },
      'too-early': {
        intro: {
          title: 'Todavía dependiente',
          text: 'Esta persona ha usado heroína todos los días durante un mes. La última dosis es en el día 0. Su cerebro sigue bajado.',
          plain:
            'Esta persona usó heroína todos los días durante un mes. Lo dejó en el día 0. Su cuerpo todavía depende de ella.',
        },
        day1: {
          title: 'Naltrexona el día 1',
          text: 'Toma 50 mg de naltrexona un día después de la última heroína.',
          question: '¿Qué pasa?',
          choices: {
            nothing: 'Casi nada',
            mild: 'Una abstinencia leve que crece durante días',
            severe: 'Una abstinencia fuerte en menos de una hora',
          },
          reveal:
            'En {minutes} minutos, la abstinencia pasó de 25 en la escala COWS y llegó a {peakCows} ({band}). Un día después de la última dosis, el cerebro sigue bajado para compensar la heroína. La naltrexona quitó de golpe la señal opioide que quedaba, tanto la de la droga restante como la de las endorfinas, así que la abstinencia que habría llegado poco a poco en varios días llegó toda a la vez: una abstinencia precipitada.',
          plainReveal:
            'Una abstinencia fuerte y repentina, en menos de una hora. El cuerpo todavía estaba acostumbrado a la droga. La naltrexona cortó de golpe el poco efecto opioide que quedaba. Por eso es peligroso empezar demasiado pronto.',
        },
        day10: {
          title: 'Esperar 10 días',
          text: 'Ahora la misma persona espera hasta el día 10 para la primera pastilla.',
          question: '¿Qué pasa esta vez?',
          choices: { same: 'La misma abstinencia fuerte', little: 'Poco o nada' },
          reveal:
            'La abstinencia se quedó en {peakCows} ({band}). Después de 7 a 10 días sin opioides, el cerebro se ha reajustado, así que ya no queda nada que precipitar.',
          plainReveal:
            'Poco o nada. Después de 7 a 10 días sin opioides, el cuerpo se ha reajustado. Así, la naltrexona puede empezar sin peligro.',
        },
        methadone7: {
          title: 'Después de la metadona: día 7',
          text: 'La metadona se queda en el cuerpo mucho más tiempo que la heroína. Empezar la naltrexona 7 días después de la última dosis de metadona da una abstinencia de {peakCows} ({band}).',
          plain:
            'La metadona se queda mucho más tiempo en el cuerpo. Empezar la naltrexona una semana después de la metadona todavía causa una abstinencia fuerte.',
        },
        methadone14: {
          title: 'Después de la metadona: día 14',
          text: 'A los 14 días es de {peakCows} ({band}). Después de la metadona o la buprenorfina, la espera habitual es de 10 a 14 días, a veces más, y quien receta lo comprueba antes: con un análisis de orina para drogas y, a menudo, con una prueba de naloxona (una pequeña dosis de prueba de naloxona).',
          plain:
            'A las dos semanas es mucho más leve. Después de la metadona o la buprenorfina, la espera suele ser de 10 a 14 días, y a veces más. Su médico o su enfermera lo comprueban antes de la primera dosis.',
        },
      },
      overcome: {
        intro: {
          title: 'Bloqueado',
          text: 'Esta persona dejó la heroína 10 días antes de su primera inyección mensual de naltrexona, el día 0, así que su tolerancia ya es baja. El día 14 se inyecta 25 mg de heroína: euforia {euphoria14}. Bloqueada.',
          plain:
            'Esta persona recibe la inyección mensual. Dos semanas después usa heroína. No pasa nada: las cerraduras están ocupadas.',
        },
        large: {
          title: 'Una dosis mucho mayor',
          text: 'Día 42, dos semanas después de la fecha de la siguiente inyección: el bloqueo se está debilitando, y se inyecta 150 mg, seis veces más.',
          question: '¿Qué pasa?',
          choices: { blocked: 'El bloqueo aguanta', through: 'Pasa el bloqueo' },
          reveal:
            'La euforia llegó a {euphoria}, aunque justo antes la naltrexona ocupaba el {antagonistPct}\u00a0% de los receptores. El bloqueo es una competencia: con suficiente opioide, gana el opioide. La respiración perdió el {resp}\u00a0% (la marca de sobredosis está en el 50\u00a0%). Las dosis tan grandes son peligrosas, y tras semanas sin opioides no hay tolerancia que las suavice.',
          plainReveal:
            'Pasa el bloqueo. Con suficiente droga, algunas llaves ganan la carrera por las cerraduras. Intentar vencer el bloqueo con una dosis grande puede matarle.',
        },
        stopped: {
          title: 'Después de dejarlo',
          text: 'Otra persona usaba 100 mg tres veces al día, lo dejó, recibió una inyección y no volvió. Doce semanas después toma su dosis de antes.',
          question: '¿Cómo afecta ahora la dosis de antes a su respiración?',
          choices: { same: 'Igual que antes', worse: 'Mucho más: la respiración en peligro' },
          reveal:
            'La dosis de antes le quitó el {resp}\u00a0% del impulso de respirar (peligro desde el 50\u00a0%). Cuando la usaba a diario, la misma dosis le quitaba el {tolerantResp}\u00a0%. Su tolerancia se ha ido, así que la dosis de antes ahora puede matar.',
          plainReveal:
            'Mucho más. Después de semanas sin opioides, el cuerpo ha perdido la tolerancia: ya no está acostumbrado a ellos. La dosis que usaba antes ahora puede parar su respiración.',
        },
        naloxone: {
          title: 'Naloxona',
          text: 'Una amiga le pone 4 mg de naloxona (Narcan en aerosol nasal) en la nariz 5 minutos después de la dosis. La naloxona saca al opioide de los receptores: 20 minutos después de la dosis, el impulso de respirar perdido es del {after}\u00a0%, frente al {before}\u00a0% sin naloxona. Su efecto dura de 30 a 90 minutos y puede pasarse antes que el del opioide, así que la respiración puede volver a frenarse. Si no hay respuesta en 2 a 3 minutos, se da una segunda dosis; se pone a la persona en la posición de recuperación y se llama a emergencias.',
          plain:
            'La naloxona (Narcan en aerosol nasal) saca al opioide de las cerraduras y puede hacer que la persona vuelva a respirar. Si no responde en 2 a 3 minutos, dé una segunda dosis. Ponga a la persona de lado y llame al 911. El efecto de la naloxona puede pasarse antes que el del opioide.',
        },
      },
      'tablets-vs-injection': {
        intro: {
          title: 'Pastillas',
          text: 'Pastillas: 25 mg el primer día y luego 50 mg cada día. Cada pastilla renueva la ocupación de los receptores, así que solo protegen si se toman todos los días. La guía de la ASAM (2020) no recomienda las pastillas para el trastorno por consumo de opioides salvo que alguien supervise las dosis; prefiere la inyección mensual.',
          plain:
            'Las pastillas se toman una vez al día: una primera dosis pequeña y luego una pastilla entera cada día. Solo le protegen si toma una todos los días. Muchos médicos prefieren la inyección mensual.',
        },
        missed: {
          title: 'Una pastilla olvidada',
          text: 'El día 12 se olvida una pastilla.',
          question: '¿Qué le pasa al bloqueo?',
          choices: { same: 'No cambia nada', weaker: 'Se debilita', zero: 'Desaparece de golpe' },
          reveal:
            'Al final del día sin pastilla, la naltrexona ocupaba el {naltrexonePct}\u00a0% de los receptores, frente al {beforePct}\u00a0% del día anterior, y una dosis corriente de heroína haría pasar el {ordinaryPct}\u00a0% de su efecto. Cada día sin pastilla debilita más el bloqueo: según la ficha técnica, una pastilla de 50 mg bloquea una dosis de prueba de heroína durante un día, más o menos. Tome la pastilla olvidada en cuanto se acuerde, y nunca ponga a prueba el bloqueo con un opioide.',
          plainReveal:
            'Se debilita. Una pastilla olvidada deja que el bloqueo empiece a bajar. Tómela en cuanto se acuerde. No ponga a prueba el bloqueo con un opioide: eso puede matar.',
        },
        peaks: {
          title: 'La inyección mensual',
          text: 'La inyección: 380 mg que pone una enfermera o un médico en lo profundo del músculo de la nalga, cada 4 semanas.',
          question: '¿Qué hace el nivel en la sangre durante el mes?',
          choices: {
            onePeak: 'Un pico y luego una bajada constante',
            twoPeaks: 'Un pico a las pocas horas, otro a los 2-3 días, y luego una bajada lenta',
            flat: 'Se queda igual todo el mes',
          },
          reveal:
            'Dos picos: {peak1} ng/mL en la hora {peak1H} y luego {peak2} ng/mL el día {peak2D}. Después el nivel baja despacio; se mantiene por encima de 1 ng/mL durante unos {aboveDays} días.',
          plainReveal:
            'La inyección suelta el medicamento poco a poco durante el mes. Su bloqueo empieza a bajar antes de que toque la siguiente inyección.',
        },
        late: {
          title: 'Una inyección tarde',
          text: 'La tercera inyección llega con una semana de retraso, el día 63. El día 62, el nivel en la sangre es de {level} ng/mL y la naltrexona todavía ocupa el {naltrexonePct}\u00a0% de los receptores; aun así, una dosis corriente de heroína haría pasar el {ordinaryPct}\u00a0% de su efecto. Ocupar la mayoría de los receptores no es lo mismo que bloquear: el bloqueo se está debilitando.',
          plain:
            'Si la siguiente inyección llega tarde, el bloqueo se debilita. Póngase cada inyección a tiempo.',
        },
        one: {
          title: 'Una inyección, y ninguna más',
          text: 'Con una sola inyección, el bloqueo se debilita desde el final del mes: una dosis corriente hace pasar el {week4Ordinary}\u00a0% de su efecto en la semana 4 y el {week6Ordinary}\u00a0% en la semana 6, mientras la naltrexona todavía ocupa el {week6Pct}\u00a0% de los receptores (el {week10Pct}\u00a0% en la semana 10). No hay ningún momento en que una persona pueda sentir que el bloqueo se fue.',
          plain:
            'Después de la última inyección, el bloqueo baja a lo largo de varias semanas. Usted no puede sentir cuándo se ha ido.',
        },
      },
      sandbox: {
        intro: {
          title: 'Espacio libre',
          text: 'Una semana vacía. Añada las dosis que quiera, de cualquier fármaco, y mire los receptores, lo que se siente y la respiración.',
          plain: 'Una semana vacía para probar cosas.',
        },
      },
      alcohol: {
        intro: {
          title: 'Beber libera endorfinas',
          text: 'Cuatro bebidas a lo largo de una noche, sin naltrexona. El alcohol en la sangre llega como máximo a {bac} g/L. El alcohol no actúa por sí mismo en el receptor mu: hace que el cerebro libere sus propios opioides, y la parte de los receptores que ocupan sube del {restPct}\u00a0% al {endorphinPct}\u00a0%. Eso es parte del efecto agradable de beber (Mitchell 2012).',
          plain:
            'El alcohol hace que su cerebro suelte sus propios opioides, las endorfinas del cuerpo. Entran en las mismas cerraduras y se suman a la sensación agradable de beber.',
        },
        lift: {
          title: 'La misma noche con naltrexona',
          text: 'Ahora la persona toma 50 mg de naltrexona cada día y bebe las mismas cuatro bebidas.',
          question: '¿Qué pasa con el efecto agradable de beber?',
          choices: { gone: 'Desaparece', smaller: 'Es menor', same: 'Es igual' },
          reveal:
            'El efecto llegó como máximo a {lift}, frente a {openLift} sin naltrexona: menor, pero no desaparece. Las endorfinas encontraron las cerraduras ya ocupadas, pero el alcohol también levanta el ánimo por otros caminos. El alcohol en la sangre fue el mismo ({bac} frente a {openBac} g/L): la naltrexona no cambia cómo se absorbe ni cómo se elimina el alcohol, y beber no causa una reacción de malestar, a diferencia del disulfiram.',
          plainReveal:
            'La sensación agradable es menor, pero no desaparece. La naltrexona no le hace sentir mal si bebe. Tampoco hace que se emborrache menos.',
        },
        honest: {
          title: 'Una ayuda, no una cura',
          text: 'En estudios de laboratorio, la naltrexona baja un poco, en promedio, las ganas de beber y el impulso de seguir bebiendo (tamaños del efecto de 0.2-0.3, más o menos; Hendershot 2017), y en el tratamiento ayuda a algunas personas a beber en exceso menos a menudo. No es una cura, y no protege de los peligros propios del alcohol: el alcohol en la sangre, conducir, y la respiración cuando el alcohol se mezcla con opioides o sedantes. Se usan las mismas pastillas o la misma inyección mensual, y la persona tiene que estar libre de opioides antes de empezar.',
          plain:
            'La naltrexona puede ayudar a algunas personas a beber menos. No es una cura. No le protege de los daños del alcohol. Antes de empezarla, tiene que estar sin opioides.',
        },
      },
      'unknown-drug': {
        intro: {
          title: 'El fármaco X',
          text: 'En un laboratorio de farmacología, los estudiantes averiguan qué es un fármaco desconocido por lo que hace. Aquí el fármaco desconocido es uno de los fármacos del propio modelo, que solo se muestra como «fármaco X». Funciona en su propia ventana, así que estos gráficos nunca revelan su nombre. Primero, un fármaco conocido.',
          plain:
            'Un acertijo para estudiantes: un fármaco escondido, llamado fármaco X. Usted descubre qué es por lo que hace.',
        },
        alone: {
          title: 'Un fármaco que no muestra nada',
          text: 'Naloxona, 0.4 mg inyectada en la hora 1, en una persona sin opioides en el cuerpo.',
          question: '¿Qué muestran las curvas?',
          choices: {
            high: 'Una euforia, como un opioide',
            withdrawal: 'Abstinencia',
            nothing: 'Nada en las curvas: solo cambian los receptores',
          },
          reveal:
            'La euforia llegó como máximo a {euphoria}, la respiración perdió el {resp}\u00a0% y la abstinencia se quedó en {cows}; aun así, la naloxona ocupó el {blockPct}\u00a0% de los receptores. Un bloqueador solo casi no muestra nada: para descubrirlo, hay que darlo después de un opioide.',
          plainReveal:
            'Nada que se pueda ver. La naloxona llena las cerraduras pero no las gira. Sin opioides en el cuerpo, nada cambia.',
        },
        try: {
          title: 'Su turno',
          text: 'Abra el fármaco X. Delo solo, con naltrexona y después de un opioide, pruebe cantidades mayores, y luego diga qué tipo de fármaco es y cuánto tiempo actúa. Un profesor puede dar el mismo fármaco a toda la clase: el enlace solo lleva el número del fármaco.',
          plain: 'Abra el fármaco X y pruébelo. Luego adivine qué tipo de fármaco es.',
        },
      },
    },
    counsellor: {
      heading: 'Hablemos de esto',
      lockTitle: 'Cerraduras y llaves',
      lockIntro:
        'Las células del cerebro tienen cerraduras muy pequeñas. Se llaman receptores. Los opioides son llaves que entran en ellas.',
      lockCaptions: {
        endorphin:
          'Su cuerpo fabrica sus propias llaves suaves, como las endorfinas. Unas pocas cerraduras giradas le dan una sensación tranquila y normal.',
        opioid:
          'Una droga opioide llega en masa y gira las cerraduras con fuerza. Eso es la euforia. También puede frenar su respiración.',
        naltrexone:
          'La naltrexona entra en la cerradura pero no la gira. Se queda ahí, así que la mayoría de las llaves opioides no pueden entrar.',
      },
      startHeading: '¿Cuándo se puede empezar la naltrexona?',
      lastUse: 'Fecha del último uso de un opioide',
      kind: '¿Cuál fue el último opioide?',
      kindPrompt: 'Elija uno',
      kinds: {
        short: 'Heroína, o pastillas de acción corta como oxicodona, hidrocodona o morfina',
        fentanyl: 'Fentanilo, o drogas de la calle que pueden tener fentanilo',
        extended:
          'Pastillas de liberación lenta (oxicodona o morfina de liberación prolongada) o un parche de fentanilo',
        methadone: 'Metadona',
        buprenorphine: 'Buprenorfina (como Suboxone o Subutex)',
        unsure: 'No lo sé',
      },
      kindHint:
        'La heroína y las pastillas de la calle suelen tener fentanilo. Si tiene dudas, elija fentanilo o «No lo sé».',
      chooseKind: 'Elija el último opioide. La espera depende de él.',
      startAhead: (earliest: string, usualBy: string) =>
        `No antes del ${earliest}. Muchas personas tienen que esperar hasta el ${usualBy}.`,
      startWithin: (usualBy: string) =>
        `La espera más corta ya pasó. Muchas personas tienen que esperar hasta el ${usualBy}.`,
      startOver: 'La espera habitual ya pasó.',
      startLonger: 'Algunas personas tienen que esperar más.',
      startCheck:
        'Su médico o su enfermera lo comprueban antes de la primera dosis. Usan un análisis de orina para drogas. También pueden darle una pequeña dosis de prueba de naloxona, llamada prueba de naloxona.',
      startAgain: 'Si usa cualquier opioide después de esa fecha, la espera empieza de nuevo.',
      startShot:
        'Una inyección puesta demasiado pronto no se puede sacar. La abstinencia puede ser tan fuerte que necesite un hospital.',
      startWhyShort:
        'Su cuerpo necesita primero de 7 a 10 días sin opioides. Si toma la naltrexona antes de tiempo, puede tener una abstinencia fuerte y de golpe.',
      startWhyLong:
        'Estos opioides se quedan más tiempo en el cuerpo. La espera suele ser de 10 a 14 días, y a veces más. Si toma la naltrexona antes de tiempo, puede tener una abstinencia fuerte y de golpe.',
      injectionHeading: 'La inyección mensual (Vivitrol)',
      lastInjection: 'Fecha de la última inyección',
      injectionAhead: (weakens: string, due: string) =>
        `Próxima inyección: el ${due}. Desde el ${weakens} más o menos, el bloqueo empieza a bajar. Baja más después de la fecha de la inyección.`,
      injectionWithin: (due: string) =>
        `El bloqueo ya está empezando a bajar. Próxima inyección: el ${due}. Póngasela a tiempo.`,
      injectionDueToday: 'Hoy toca la próxima inyección. El bloqueo ya está bajando.',
      injectionOverdue: (due: string, days: number) =>
        `La inyección está atrasada. Tocaba el ${due}, hace ${days === 1 ? '1 día' : `${days} días`}. Lo más probable es que el bloqueo ya se haya ido.`,
      injectionDanger:
        'Su tolerancia ya es baja. Cuando el bloqueo baje, incluso una pequeña cantidad de un opioide podría parar su respiración. Usted no puede sentir cuándo se va el bloqueo. Lleve naloxona.',
      injectionLateDanger:
        'Su tolerancia es baja, así que incluso una pequeña cantidad de un opioide es peligrosa ahora. Llame a su clínica para la próxima inyección. Lleve naloxona.',
      tabletHeading: 'Dejar las pastillas',
      lastTablet: 'Fecha de la última pastilla',
      tabletAhead: (from: string, goneBy: string) =>
        `Después de la última pastilla, el bloqueo empieza a bajar desde el ${from} más o menos. Para el ${goneBy} ya se habrá ido casi del todo.`,
      tabletWithin: (goneBy: string) =>
        `El bloqueo ya está bajando. Para el ${goneBy} ya se habrá ido casi del todo.`,
      tabletOver: 'Lo más probable es que el bloqueo ya se haya ido.',
      tabletDanger:
        'Su tolerancia es baja, así que incluso una pequeña cantidad de un opioide podría parar su respiración. Lleve naloxona.',
      tabletMissed:
        'Si olvida una pastilla, tómela en cuanto se acuerde. No ponga a prueba el bloqueo con un opioide.',
      toleranceWord:
        'La tolerancia es lo acostumbrado que está su cuerpo a los opioides. Se pierde en días o semanas sin ellos.',
      invalidDate: 'Escriba una fecha completa, por favor.',
      futureDate: 'Esa fecha es del futuro. Revísela, por favor.',
      privacy: 'Nada de lo que escriba sale de esta página.',
      safetyHeading: 'Cuídese',
      safety: [
        'Lleve naloxona (Narcan en aerosol nasal). Enseñe a su familia y a sus amigos cómo usarla.',
        'Su tolerancia es baja después de días sin opioides. La tolerancia es lo acostumbrado que está su cuerpo a los opioides. Ahora, incluso una pequeña cantidad puede parar su respiración.',
        'Intentar vencer el bloqueo con una dosis grande puede matar.',
        'Una pastilla olvidada o una inyección tarde debilitan el bloqueo. Tome la pastilla olvidada en cuanto se acuerde. No ponga a prueba el bloqueo.',
        'La naltrexona no le protege si toma mucho alcohol o pastillas para dormir. Tampoco si toma estimulantes.',
        'Dígale a cada médico, dentista y enfermera que toma naltrexona. En una emergencia, avise también al personal.',
      ],
      // La naltrexona y el alcohol (src/counsellor/alcohol.ts); la fuente de cada frase está en
      // docs/sources.md (lugar C).
      alcohol: {
        heading: 'La naltrexona y el alcohol',
        helps: [
          'La naltrexona también se usa para ayudar a beber menos.',
          'Puede hacer que las ganas de beber sean un poco más débiles.',
          'No es una cura. Funciona mejor con otra ayuda, como la consejería.',
        ],
        doesNot: [
          'No le hace sentir mal si bebe. No es como el disulfiram (Antabuse).',
          'No baja el alcohol en su sangre ni hace que se emborrache menos.',
          'No le protege de los daños de beber demasiado.',
        ],
        breathing: [
          'Si bebe cuando usa un opioide, su respiración se frena todavía más.',
          'Es un peligro real después de dejar la naltrexona, cuando su tolerancia es baja.',
        ],
      },
      showCurves: 'Enséñeme la curva',
      hideCurves: 'Ocultar la curva',
      // La curva del paciente (src/counsellor/curve-view.ts): qué tan fuerte es el bloqueo, día a día.
      curve: {
        heading: 'Qué tan fuerte es el bloqueo',
        axis: 'Fuerza del bloqueo',
        full: 'Completo',
        half: 'La mitad',
        none: 'Nada',
        shot: 'Inyección puesta',
        lastTablet: 'Última pastilla',
        fades: 'Puede empezar a bajar',
        due: 'Toca la próxima inyección',
        gone: 'Casi se fue',
        today: 'Hoy',
        explainInjection:
          'La línea muestra cuánto de una dosis normal de heroína bloquearía la inyección cada día. Viene del modelo para aprender, no de un análisis de su sangre.',
        explainTablet:
          'La línea muestra cuánto de una dosis normal de heroína bloquearían las pastillas cada día después de la última. Viene del modelo para aprender, no de un análisis de su sangre.',
        empty:
          'Escriba la fecha de la última inyección o de la última pastilla. Así la curva muestra cómo baja el bloqueo.',
        working: 'Calculando la curva…',
        later: 'Hoy ya pasó el final de esta curva. Lo más probable es que el bloqueo ya se haya ido.',
        summary: (kind: string, given: string, fades: string, due: string) =>
          kind === 'injection'
            ? `Fuerza del bloqueo después de la inyección del ${given}. Puede empezar a bajar desde el ${fades}. La próxima inyección toca el ${due}.`
            : `Fuerza del bloqueo después de la última pastilla, el ${given}. Puede empezar a bajar desde el ${fades}. Para el ${due} casi se habrá ido.`,
      },
      print: 'Imprimir la hoja',
    },
    takeaway: {
      title: 'Naltrexona: su hoja para llevar',
      helpNowHeading: 'Pida ayuda ya: llame al 911 o a emergencias',
      helpNow: [
        'Alguien tiene mucho sueño, no despierta, o respira lento o no respira. Dele también naloxona.',
        'Dolor en el pecho, o le cuesta respirar.',
        'Hinchazón de la cara, los labios, la lengua o la garganta. Ronchas por todo el cuerpo.',
        'Ideas de hacerse daño. Puede llamar o mandar un texto al 988 (línea de crisis) a toda hora.',
      ],
      datesHeading: 'Sus fechas',
      noDate: '____________',
      nameLine: 'Nombre:',
      phoneLine: 'Su médico o clínica, teléfono:',
      kindLine: 'La fecha de inicio es para este último opioide:',
      startLine: 'Puede empezar desde (lo confirma su médico o enfermera):',
      startUsual: (usualBy: string) => `muchos esperan hasta el ${usualBy}`,
      startOver: 'la espera habitual ya pasó',
      weakensLine: 'El bloqueo de la inyección empieza a bajar hacia el:',
      nextLine: 'Próxima inyección:',
      overdue: (due: string) => `atrasada desde el ${due}`,
      tabletLine: 'Tras la última pastilla, el bloqueo casi se ha ido el:',
      doesHeading: 'Lo que hace la naltrexona',
      does: [
        'Ocupa los receptores opioides (cerraduras de las células del cerebro) sin encenderlos. Así, los opioides dan poca o ninguna euforia.',
        'No es un opioide. No da euforia y no crea adicción.',
        'A algunos les calma las ansias de consumir. También se usa para beber menos.',
      ],
      doesNotHeading: 'Lo que no hace',
      doesNot: [
        'No trata la abstinencia. Tomada antes de tiempo, puede provocarla fuerte y de golpe.',
        'No hace segura una dosis grande de opioide.',
        'No le protege después de dejarla, ni cuando se olvida una dosis o llega tarde.',
        'No le protege si toma mucho alcohol o pastillas para dormir. Tampoco si toma estimulantes.',
      ],
      safeHeading: 'Cuídese',
      safe: [
        'Su tolerancia es baja: tras días sin opioides, su cuerpo ya no está acostumbrado. Incluso un poco puede parar su respiración. Beber aumenta el peligro.',
        'No intente vencer el bloqueo con una dosis grande. Puede matar.',
        'Si olvida una pastilla, tómela al acordarse. No pruebe el bloqueo con un opioide.',
        'Póngase cada inyección a tiempo: el bloqueo baja antes de la siguiente.',
      ],
      naloxoneHeading: 'Lleve naloxona (Narcan en aerosol nasal)',
      naloxone: [
        'Puede revertir una sobredosis de opioides por un rato. Diga a los suyos dónde la tiene.',
        'Llame al 911. Rocíe una dosis en la nariz.',
        '¿No responde en 2 a 3 minutos? Dé una segunda dosis por el otro lado de la nariz.',
        'Ponga a la persona de lado (la posición de recuperación). Quédese con ella.',
        'Su efecto dura de 30 a 90 minutos: puede acabarse antes que el del opioide. La persona debe ir al hospital igual.',
      ],
      commonHeading: 'Efectos comunes (no suelen ser graves)',
      common:
        'Náuseas o vómitos. Dolor de cabeza o cansancio. Dolor de músculos o articulaciones. Cólicos de estómago. Problemas para dormir. Inquietud o nervios. Algo de dolor donde entró la inyección.',
      soonHeading: 'Vea pronto a un médico si tiene',
      soon: [
        'Piel u ojos amarillos, orina oscura, heces claras, dolor arriba a la derecha del vientre, o mucho cansancio: pueden ser un problema de hígado.',
        'Una tos nueva o silbidos al respirar, sarpullido o picazón, ánimo bajo, o fiebre.',
        'Donde entró la inyección: dolor fuerte, un bulto duro, hinchazón, ampollas, una llaga abierta o una costra oscura.',
      ],
      painHeading: 'Si necesita calmantes en una emergencia',
      pain: 'Diga enseguida al personal que toma naltrexona y cuándo fue la última dosis. Las medicinas opioides para el dolor, la tos o la diarrea no funcionarán bien. Las dosis grandes son peligrosas. En el hospital pueden usar otros calmantes y vigilar su respiración. Lleve una tarjeta que lo diga.',
      footer:
        'Esta hoja sale de un modelo para aprender. No es un consejo médico. Su médico o su enfermera deciden sobre su tratamiento.',
    },
    info: {
      aboutTitle: 'Sobre la naltrexona',
      bodyMapLink: 'Dónde están los receptores en el cuerpo',
      modelTitle: 'El modelo y sus fuentes',
    },
  },
};
