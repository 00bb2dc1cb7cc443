// Text that changes every frame (the readout, the time labels) is rewritten in place: setting
// textContent replaces the text node, which makes the browser rebuild its layout objects, while
// changing the node's data only re-lays the text out. Unchanged text is not touched at all.

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
