// The "advanced JSON" box under a form: for what the form's fields do not cover (a recurring window, a fault rule
// for one user). It checks that the text is JSON, then hands it on; the API says what else is wrong.
import { el } from './dom.js';
import { addTexts, t } from './i18n.js';

addTexts({
  ja: { 'json.advanced': '詳細（JSON で指定）', 'json.send': 'JSON で追加', 'json.notJson': 'JSON として読めません: {0}' },
  en: { 'json.advanced': 'Advanced (as JSON)', 'json.send': 'Add from JSON', 'json.notJson': 'That is not JSON: {0}' },
});

/**
 * A collapsed <details> with a text area (id `${key}-json`) and a button (`${key}-json-add`); send(text) is called
 * with the JSON text, showError(message) when it is not JSON. example: a placeholder, e.g. a rule from the API docs.
 */
export function jsonBox(key, example, send, showError) {
  const area = el('textarea', { id: `${key}-json`, rows: 4, spellcheck: false, placeholder: example });
  return el('details', { className: 'json-box', id: `${key}-advanced` },
    el('summary', { i18n: 'json.advanced' }),
    el('label', { htmlFor: `${key}-json`, className: 'visually-hidden', i18n: 'json.advanced' }), area,
    el('button', { type: 'button', id: `${key}-json-add`, i18n: 'json.send', onclick: () => {
      const text = area.value.trim();
      try {
        JSON.parse(text);
      } catch (error) {
        showError(t('json.notJson', error.message));
        return;
      }
      send(text);
    } }));
}
