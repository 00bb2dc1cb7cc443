// The engine's validation messages (sim/io/validate.ts writes them in English, "field: what is
// wrong") told in Spanish for es.ts. The field keeps its name, as the file or the link writes it; the
// rest is translated. A message not recognised here is told as "value not valid" for its field, never
// shown in English (tests/strings/problems.test.ts feeds the validator every kind of bad input).

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

/** The engine writes a missing value as "nothing". */
const got = (v: string | undefined) => `se recibió ${v === 'nothing' ? 'nada' : (v ?? '')}`;

const RULES: readonly Rule[] = [
  [/^must be a JSON object, got (.*)$/s, (m) => `debe ser un objeto JSON; ${got(m[1])}`],
  [/^is required; must be a number, got (.*)$/s, (m) => `falta; debe ser un número; ${got(m[1])}`],
  [/^must be a number, got (.*)$/s, (m) => `debe ser un número; ${got(m[1])}`],
  [
    /^must be after from_h \((.*?)\), got (.*)$/s,
    (m) => `debe ser posterior a from_h (${m[1]}); ${got(m[2])}`,
  ],
  [
    /^the span to_h - from_h must be at most (\S+) h \(400 days\), got (.*)$/s,
    (m) => `el intervalo to_h - from_h debe ser de ${m[1]} h (400 días) como máximo; ${got(m[2])}`,
  ],
  [
    /^must be between (\S+) and (\S+) minutes, got (.*)$/s,
    (m) => `debe estar entre ${m[1]} y ${m[2]} minutos; ${got(m[3])}`,
  ],
  [
    /^must lie between from_h \((.*?)\) and to_h \((.*?)\), got (.*)$/s,
    (m) => `debe estar entre from_h (${m[1]}) y to_h (${m[2]}); ${got(m[3])}`,
  ],
  [/^must be an object, got (.*)$/s, (m) => `debe ser un objeto; ${got(m[1])}`],
  [
    /^must be between (\S+) and (\S+) kg, got (.*)$/s,
    (m) => `debe estar entre ${m[1]} y ${m[2]} kg; ${got(m[3])}`,
  ],
  [/^must be a string, got (.*)$/s, (m) => `debe ser un texto; ${got(m[1])}`],
  [
    /^is required; must be an array \(it may be empty\)$/,
    () => 'falta; debe ser una lista (puede estar vacía)',
  ],
  [/^must be an array, got (.*)$/s, (m) => `debe ser una lista; ${got(m[1])}`],
  [
    /^the schedules expand to (\d+) doses; at most (\d+) are allowed$/,
    (m) => `las repeticiones dan ${m[1]} dosis; se permiten ${m[2]} como máximo`,
  ],
  [
    /^must be an object with drug, route, mg and at_h, got (.*)$/s,
    (m) => `debe ser un objeto con drug, route, mg y at_h; ${got(m[1])}`,
  ],
  [/^must be one of (.*?), got (.*)$/s, (m) => `debe ser uno de estos: ${m[1]}; ${got(m[2])}`],
  [
    /^(\S+) by (\S+) is not supported; use (.*)$/s,
    (m) => `${m[1]} por la vía ${m[2]} no está disponible; use ${m[3]!.split(' or ').join(' o ')}`,
  ],
  [/^must be a positive number, got (.*)$/s, (m) => `debe ser un número positivo; ${got(m[1])}`],
  [
    /^(\S+) mg of ethanol is not a plausible amount; at most (\S+) mg \(500 g, about 36 standard drinks of 14 g\)$/,
    (m) =>
      `${m[1]} mg de etanol no es una cantidad creíble; ${m[2]} mg (500 g, unas 36 bebidas estándar de 14 g) como máximo`,
  ],
  [
    /^(\S+) mg is not a plausible amount; at most (\S+) mg \(10 g\)$/,
    (m) => `${m[1]} mg no es una cantidad creíble; ${m[2]} mg (10 g) como máximo`,
  ],
  [
    /^must be a number of hours of at least 1 minute \((\S+)\), got (.*)$/s,
    (m) => `debe ser un número de horas de 1 minuto (${m[1]}) o más; ${got(m[2])}`,
  ],
  [/^must be a number of hours, got (.*)$/s, (m) => `debe ser un número de horas; ${got(m[1])}`],
  [/^is required with (\S+)$/, (m) => `es obligatorio junto con ${m[1]}`],
  [
    /^must not be before at_h \((.*?)\), got (.*)$/s,
    (m) => `no puede ser anterior a at_h (${m[1]}); ${got(m[2])}`,
  ],
  [/^no such dose$/, () => 'esa dosis no existe'],
];

/** One validation message in Spanish, or undefined when its wording is not one of the engine's. */
export function knownProblem(message: string): string | undefined {
  const m = /^([\w.[\]]+): (.*)$/s.exec(message);
  if (!m) return undefined;
  for (const [pattern, say] of RULES) {
    const r = pattern.exec(m[2]!);
    if (r) return `${m[1]}: ${say(r)}`;
  }
  return undefined;
}

export function problemEs(message: string): string {
  const field = /^([\w.[\]]+): /.exec(message)?.[1];
  return knownProblem(message) ?? (field ? `${field}: valor no válido` : 'Valor no válido');
}
