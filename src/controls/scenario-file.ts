// Saving and opening a scenario as JSON. An opened file is parsed and checked with the engine's own
// validator; a bad file is refused with a message that names each problem, in a dismissible alert,
// and the session (scenario, cursor, zoom, doses) is left exactly as it was. Nothing here throws.
import { validateScenario, type Scenario } from '../../sim/index';
import { strings } from '../strings/index';

const S = strings.timeline.scenario;
/** Larger than any real scenario by far; refuses a wrong file before reading it all. */
export const MAX_FILE_MB = 5;

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Text of a file to a valid scenario, or the list of what is wrong with it. */
export function parseScenarioFile(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [S.notJson.replace('{message}', () => (e as Error).message)] };
  }
  const v = validateScenario(data);
  return v.ok ? v : { ok: false, errors: v.errors.map(strings.app.notes.problem) };
}

export interface ScenarioFile {
  el: HTMLElement;
  /** Opens a file as if the user had picked it (the input's change handler uses this). */
  open(file: File): Promise<void>;
}

/** The refusal for a file too large to be a scenario (undefined: small enough to read). */
export function sizeProblem(bytes: number): string | undefined {
  return bytes > MAX_FILE_MB * 1024 * 1024 ? S.tooBig.replace('{max}', String(MAX_FILE_MB)) : undefined;
}

// The file code is fetched at the first save (it is not needed for the first frame).
function saveButton(get: () => Scenario): HTMLButtonElement {
  const save = document.createElement('button');
  save.type = 'button';
  save.className = 'dp-button';
  save.textContent = S.save;
  save.addEventListener('click', () => {
    const scenario = get();
    void import('../core/exports').then((f) =>
      f.download(`${f.fileStem(scenario.title)}.json`, 'application/json', f.scenarioJson(scenario)),
    );
  });
  return save;
}

/** The open button: a file input inside a label styled as a button. */
function openButton(): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = document.createElement('label');
  label.className = 'dp-button dp-open';
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.className = 'dp-file-input';
  label.append(input, S.load);
  return { label, input };
}

const hideAlert = (alert: HTMLElement) => {
  alert.hidden = true;
  alert.replaceChildren();
};

/** Fills the alert with each problem and a dismiss button that hands focus back to the input. */
function showErrors(alert: HTMLElement, input: HTMLInputElement, errors: string[]): void {
  const p = document.createElement('p');
  p.textContent = S.badFile;
  const ul = document.createElement('ul');
  for (const e of errors) ul.appendChild(document.createElement('li')).textContent = e;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dp-button';
  dismiss.textContent = S.dismiss;
  dismiss.addEventListener('click', () => {
    hideAlert(alert);
    input.focus();
  });
  alert.replaceChildren(p, ul, dismiss);
  alert.hidden = false;
}

export function createScenarioFile(
  get: () => Scenario,
  apply: (s: Scenario) => void,
  say: (text: string) => void,
): ScenarioFile {
  const el = document.createElement('div');
  el.className = 'dp-file';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', S.label);
  el.appendChild(saveButton(get));
  const { label, input } = openButton();
  el.appendChild(label);
  const alert = el.appendChild(document.createElement('div'));
  alert.className = 'dp-alert';
  alert.setAttribute('role', 'alert');
  alert.hidden = true;

  const open = async (file: File) => {
    try {
      const tooBig = sizeProblem(file.size);
      if (tooBig !== undefined) return showErrors(alert, input, [tooBig]);
      const r = parseScenarioFile(await file.text());
      if (!r.ok) return showErrors(alert, input, r.errors);
      apply(r.scenario);
      hideAlert(alert);
      say(S.loaded.replace('{title}', () => r.scenario.title ?? file.name));
    } catch (e) {
      showErrors(alert, input, [`file: ${(e as Error).message}`]);
    }
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Clear the input so picking the same (fixed) file again fires another change.
    if (file) void open(file).finally(() => (input.value = ''));
  });
  return { el, open };
}
