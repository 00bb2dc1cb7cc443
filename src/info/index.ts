// Mounts the information dialogs: "About naltrexone" and "The model and its sources". The
// model panel (its table, figure and reference list) is its own chunk, fetched and built the first
// time it is opened: it is long, most visits never need it, and it kept the first frame's script
// over budget once the strings came in two languages. `loadModelPanel` is also what the offline
// set-up fetches, so the panel opens without a network too.
import { createDialog } from '../core/dom';
import { strings } from '../strings/index';
import { renderAbout } from './about';

export const loadModelPanel = () => import('./model-sources');

export function mountInfo() {
  const about = createDialog(strings.lessons.info.aboutTitle, strings.app.dialog.close, 'about-dialog');
  renderAbout(about.body);
  const model = createDialog(strings.lessons.info.modelTitle, strings.app.dialog.close, 'model-dialog wide');
  let built: Promise<void> | undefined;
  return {
    about: () => about.open(),
    model: () => {
      built ??= loadModelPanel().then(({ renderModel }) => renderModel(model.body));
      // Opened once it is built (at once from the second time on); a failed fetch leaves it shut.
      void built
        .then(() => model.open())
        .catch((err: unknown) => console.warn('The model panel did not load:', err));
    },
  };
}
