// The share dialog: the address of what is shown, selected for copying, and copied to the clipboard
// where the browser allows it (it says so when it did).
import { createDialog, el } from '../core/dom';
import { strings } from '../strings/index';

/** Builds the dialog; the returned function writes the address first (`writeUrl`) and opens it. */
export function createShareDialog(writeUrl: () => void): () => void {
  const dialog = createDialog(strings.app.menu.share, strings.app.dialog.close, 'share-dialog');
  const status = el('p', 'share-status');
  status.setAttribute('aria-live', 'polite');
  const label = el('label', 'share-label', strings.app.share.manual);
  const field = el('input', 'share-field');
  field.readOnly = true;
  field.id = 'share-link';
  label.htmlFor = 'share-link';
  dialog.body.append(status, label, field);
  return () => {
    writeUrl();
    field.value = location.href;
    status.textContent = '';
    dialog.open();
    field.focus();
    field.select();
    navigator.clipboard
      ?.writeText(location.href)
      .then(() => (status.textContent = strings.app.share.copied))
      .catch(() => undefined);
  };
}
