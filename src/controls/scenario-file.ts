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
    return { ok: false, errors: [S.notJson.replace('{message}', (e as Error).message)] };
  }
  const v = validateScenario(data);
  return v.ok ? v : { ok: false, errors: v.errors.map(strings.app.notes.problem) };
}

export interface ScenarioFile {
  el: HTMLElement;
  /** Opens a file as if the user had picked it (the input's change handler uses this). */
  open(file: File): Promise<void>;
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

  const save = el.appendChild(document.createElement('button'));
  save.type = 'button';
  save.className = 'dp-button';
  save.textContent = S.save;
  // The file code is fetched at the first save (it is not needed for the first frame).
  save.addEventListener('click', () => {
    const scenario = get();
    void import('../core/exports').then((f) =>
      f.download(`${f.fileStem(scenario.title)}.json`, 'application/json', f.scenarioJson(scenario)),
    );
  });

  const openLabel = el.appendChild(document.createElement('label'));
  openLabel.className = 'dp-button dp-open';
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.className = 'dp-file-input';
  openLabel.append(input, S.load);

  const alert = el.appendChild(document.createElement('div'));
  alert.className = 'dp-alert';
  alert.setAttribute('role', 'alert');
  alert.hidden = true;

  const showErrors = (errors: string[]) => {
    const p = document.createElement('p');
    p.textContent = S.badFile;
    const ul = document.createElement('ul');
    for (const e of errors) ul.appendChild(document.createElement('li')).textContent = e;
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'dp-button';
    dismiss.textContent = S.dismiss;
    dismiss.addEventListener('click', () => {
      alert.hidden = true;
      alert.replaceChildren();
      input.focus();
    });
    alert.replaceChildren(p, ul, dismiss);
    alert.hidden = false;
  };

  const open = async (file: File) => {
    try {
      if (file.size > MAX_FILE_MB * 1024 * 1024) {
        showErrors([S.tooBig.replace('{max}', String(MAX_FILE_MB))]);
        return;
      }
      const r = parseScenarioFile(await file.text());
      if (!r.ok) {
        showErrors(r.errors);
        return;
      }
      apply(r.scenario);
      alert.hidden = true;
      alert.replaceChildren();
      say(S.loaded.replace('{title}', r.scenario.title ?? file.name));
    } catch (e) {
      showErrors([`file: ${(e as Error).message}`]);
    }
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Clear the input so picking the same (fixed) file again fires another change.
    if (file) void open(file).finally(() => (input.value = ''));
  });
  return { el, open };
}
