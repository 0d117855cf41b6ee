// Building DOM nodes without innerHTML: every piece of data becomes a text node, so nothing in it is ever markup.
import { t } from './i18n.js';

/**
 * el('button', {id: 'x', className: 'y', i18n: 'clock.freeze', onclick: fn, attrs: {type: 'button'}}, child, ...)
 * i18n: the text is the translation of that key, kept up to date on a change of language.
 * Children may be nodes, strings (text), numbers, null/undefined (skipped) or arrays of those.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (name === 'className') node.className = value;
    else if (name === 'text') node.textContent = String(value);
    else if (name === 'i18n') { // translated now, and again by translate() whenever the language changes
      node.dataset.i18n = value;
      node.textContent = t(value);
    }
    else if (name === 'attrs') for (const [key, attr] of Object.entries(value)) node.setAttribute(key, String(attr));
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node[name] = value;
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Removes every child of node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}
