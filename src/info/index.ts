// Mounts the information dialogs: "About naltrexone" and "The model and its sources". The
// model table, its code and the reference list are fetched and built the first time it is opened:
// they are long and most visits never need them (nor the first frame).
import { createDialog } from '../core/dom';
import { strings } from '../strings/index';

export function mountInfo(links: { bodyMap?(): void } = {}) {
  const about = createDialog(strings.lessons.info.aboutTitle, strings.app.dialog.close, 'about-dialog');
  let aboutBuilt: Promise<void> | undefined;
  const model = createDialog(strings.lessons.info.modelTitle, strings.app.dialog.close, 'model-dialog wide');
  let built: Promise<void> | undefined;
  return {
    about: () => {
      about.open();
      if (aboutBuilt) return;
      about.body.setAttribute('aria-busy', 'true');
      aboutBuilt = import('./about').then(({ renderAbout }) => {
        renderAbout(
          about.body,
          links.bodyMap &&
            (() => {
              about.close();
              links.bodyMap!();
            }),
        );
        about.body.removeAttribute('aria-busy');
      });
    },
    model: () => {
      model.open();
      if (built) return;
      model.body.setAttribute('aria-busy', 'true');
      built = import('./model-sources').then(({ renderModel }) => {
        renderModel(model.body);
        model.body.removeAttribute('aria-busy');
      });
    },
  };
}
