// Text, inline styles, attributes and flags are written only when they change. Text that changes
// every frame (the readout, the time labels) is rewritten in place: setting textContent replaces
// the text node, which makes the browser rebuild its layout objects, while changing the node's data
// only re-lays the text out. Unchanged text is not touched at all.

/** Shows `text` in `el`; says whether anything changed. */
export function setText(el: Element, text: string): boolean {
  const node = el.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) {
    if ((node as Text).data === text) return false;
    (node as Text).data = text;
  } else {
    if (el.textContent === text) return false;
    el.textContent = text;
  }
  return true;
}

/** Sets an inline style property (a custom property too) only when its value changes: any write
 *  to an element's inline style, even of the same value, makes the browser recompute its style,
 *  and on the root element that of the whole page. Says whether anything changed. */
export function setStyle(el: HTMLElement, property: string, value: string): boolean {
  if (el.style.getPropertyValue(property) === value) return false;
  el.style.setProperty(property, value);
  return true;
}

/** Sets a property that mirrors an attribute (hidden, disabled, a dataset entry) only when its value
 *  changes: writing the same value again still rewrites the attribute, and the browser restyles. */
export function setProp<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}

/** Sets an attribute (null removes it) only when its value changes. */
export function setAttr(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
