// The frame every panel shares: a titled section with a place for errors, appended to a slot of the page.
import { el, clear } from './dom.js';

/**
 * Creates <section id="panel-{key}"> in slot, titled with the i18n key titleKey, and returns
 * { section, body, showError(message), clearError() }.
 */
export function createPanel(slot, key, titleKey) {
  const error = el('p', { className: 'error', id: `${key}-error`, attrs: { role: 'alert' }, hidden: true });
  const body = el('div', { className: 'panel-body' });
  const section = el('section', { className: 'panel', id: `panel-${key}`, attrs: { 'aria-labelledby': `${key}-title` } },
    el('h2', { id: `${key}-title`, i18n: titleKey }), error, body);
  slot.append(section);
  return {
    section,
    body,
    showError(message) {
      clear(error).append(message);
      error.hidden = false;
    },
    clearError() {
      clear(error);
      error.hidden = true;
    },
  };
}
