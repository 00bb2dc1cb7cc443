// Mounts the information dialogs: "About naltrexone" and "The model and its sources". The
// model table is built the first time it is opened: it is long and most visits never need it.
import { createDialog } from '../core/dom';
import { strings } from '../strings/index';
import { renderAbout } from './about';
import { renderModel } from './model-sources';

export function mountInfo() {
  const about = createDialog(strings.lessons.info.aboutTitle, strings.app.dialog.close, 'about-dialog');
  renderAbout(about.body);
  const model = createDialog(strings.lessons.info.modelTitle, strings.app.dialog.close, 'model-dialog wide');
  let built = false;
  return {
    about: () => about.open(),
    model: () => {
      if (!built) renderModel(model.body);
      built = true;
      model.open();
    },
  };
}
