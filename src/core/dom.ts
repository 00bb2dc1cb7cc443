// The app's one element helper (el, button) and its modal dialog. The dialog is built on <dialog>
// and showModal(): the browser traps focus and closes it on Escape; we add a heading, a close
// button, and return focus to whatever opened it. The ground floor imports no words: callers pass
// the close button's label from the strings.

export interface Dialog {
  element: HTMLDialogElement;
  body: HTMLElement;
  open(): void;
  close(): void;
  toggle(): void;
}

let counter = 0;

export function createDialog(title: string, closeLabel: string, className = ''): Dialog {
  const id = `dialog-${++counter}`;
  const element = document.createElement('dialog');
  element.className = `app-dialog ${className}`.trim();
  element.setAttribute('aria-labelledby', `${id}-title`);
  const head = document.createElement('div');
  head.className = 'dialog-head';
  const h = document.createElement('h2');
  h.id = `${id}-title`;
  h.textContent = title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'dialog-close';
  close.textContent = closeLabel;
  close.addEventListener('click', () => element.close());
  head.append(h, close);
  const body = document.createElement('div');
  body.className = 'dialog-body';
  element.append(head, body);
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  element.addEventListener('click', (e) => {
    if (e.target === element) element.close();
  });
  document.body.append(element);
  let opener: Element | null = null;
  element.addEventListener('close', () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  const api: Dialog = {
    element,
    body,
    open() {
      if (element.open) return;
      opener = document.activeElement;
      element.showModal();
      close.focus();
    },
    close: () => element.close(),
    toggle: () => (element.open ? api.close() : api.open()),
  };
  return api;
}

/** A small element builder: tag, class and text, so views need no HTML strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label: string, className = '', onClick?: (e: MouseEvent) => void): HTMLButtonElement {
  const b = el('button', className, label);
  b.type = 'button';
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

/** A radio button of group `name`; `onChoose` runs when the user chooses it (not when it is unchosen). */
export function radio(name: string, value: string, onChoose?: () => void): HTMLInputElement {
  const input = el('input');
  input.type = 'radio';
  input.name = name;
  input.value = value;
  if (onChoose) input.addEventListener('change', () => input.checked && onChoose());
  return input;
}
