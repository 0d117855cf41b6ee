// A small generic panel for a part of the /sim/ API whose JSON shape is still settling (maintenance, faults, quirks,
// delays, scenario, reset): it shows only when GET answers 200, renders what GET returns as tables, POSTs the JSON
// typed in its text area, and deletes listed items by id. Adapting one to a final shape is a change to its spec in
// optional-panels.js, or a dedicated module in its place.
import { el, clear } from './dom.js';
import { addTexts, t, language, onLanguageChange } from './i18n.js';
import { api, answers } from './api.js';
import { createPanel } from './panel.js';
import { onSimEvent } from './sim-events.js';
import { dateTime } from './time-format.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

addTexts({
  ja: {
    'json.none': '（なし）', 'json.body': '送る JSON', 'json.post': '送信（POST）', 'json.delete': '削除',
    'json.deleteAll': 'すべて削除', 'json.confirm': '本当に実行しますか？ もう一度押してください', 'json.done': '完了しました。',
    'json.notJson': 'JSON として読めません: {0}',
  },
  en: {
    'json.none': '(none)', 'json.body': 'JSON to send', 'json.post': 'Send (POST)', 'json.delete': 'Delete',
    'json.deleteAll': 'Delete all', 'json.confirm': 'Really? Press again', 'json.done': 'Done.',
    'json.notJson': 'That is not JSON: {0}',
  },
});

/**
 * spec: { key, title: {ja, en}, endpoint,
 *         probe: path whose GET decides whether the panel shows (default: endpoint),
 *         show: render GET's answer (default true), post: offer the JSON text area (default true),
 *         postLabel: {ja, en}, confirm: ask twice before POST and delete-all,
 *         remove: delete buttons (DELETE endpoint/{id}) for items that have an "id",
 *         removeAll: a button for DELETE endpoint, refreshOn: event kinds that reload it, example: a JSON hint,
 *         columns: the item fields to show, in this order (default: all, id first) }
 * A {ja, en} object is shown in the page's language, an ISO instant in Japan time.
 */
export async function mountJsonPanel(slot, spec) {
  if (!(await answers(spec.probe || spec.endpoint))) return null;
  const key = spec.key;
  addTexts({ ja: { [`${key}.title`]: spec.title.ja, [`${key}.post`]: spec.postLabel?.ja }, en: { [`${key}.title`]: spec.title.en,
    [`${key}.post`]: spec.postLabel?.en } });
  const panel = createPanel(slot, key, `${key}.title`);
  const view = el('div', { id: `${key}-view`, className: 'json-view' });
  const done = el('p', { id: `${key}-done`, className: 'done', hidden: true, attrs: { role: 'status' } });
  if (spec.show !== false) panel.body.append(view);
  panel.body.append(done);

  async function run(method, path, body) {
    done.hidden = true;
    try {
      await api(method, path, body);
      panel.clearError();
      done.textContent = t('json.done');
      done.hidden = false;
      await load();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  // A button that runs action at once, or, with confirm, on a second press within five seconds.
  function button(id, labelKey, action, confirm) {
    let armed = false;
    const node = el('button', { type: 'button', id, i18n: labelKey, onclick: () => {
      if (confirm && !armed) {
        armed = true;
        node.textContent = t('json.confirm');
        setTimeout(() => { armed = false; node.textContent = t(labelKey); }, 5000);
        return;
      }
      armed = false;
      node.textContent = t(labelKey);
      action();
    } });
    return node;
  }

  // One value in a table: {ja, en} in the page's language, instants in Japan time, nested values as small lists.
  function cell(value) {
    if (value === null || value === undefined) return '';
    if (isLocalized(value)) return value[language()];
    if (Array.isArray(value)) {
      return value.length ? el('ul', { className: 'compact' }, value.map(item => el('li', {}, cell(item)))) : '—';
    }
    if (typeof value === 'object') {
      return el('dl', { className: 'compact' }, Object.entries(value).map(([name, inner]) =>
        [el('dt', {}, name), el('dd', {}, cell(inner))]));
    }
    if (typeof value === 'string' && INSTANT.test(value)) {
      return el('time', { dateTime: value, title: value }, `${dateTime(value)} JST`);
    }
    return String(value);
  }

  function table(items, removable) {
    if (!items.length) return el('p', { className: 'muted', text: t('json.none') });
    if (!items.every(item => item && typeof item === 'object' && !Array.isArray(item))) {
      return el('ul', {}, items.map(item => el('li', {}, cell(item))));
    }
    const columns = (spec.columns || [...new Set(['id', ...items.flatMap(item => Object.keys(item))])])
      .filter(column => items.some(item => column in item)); // the id first, when there is one
    const canDelete = removable && spec.remove;
    return el('div', { className: 'table-scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, columns.map(column => el('th', { scope: 'col' }, column)), canDelete ? el('th', {}) : null)),
      el('tbody', {}, items.map(item => el('tr', {},
        columns.map(column => el('td', {}, cell(item[column]))),
        canDelete ? el('td', {}, item.id === undefined || item.id === null ? null
          : button(`${key}-delete-${item.id}`, 'json.delete',
            () => run('DELETE', `${spec.endpoint}/${encodeURIComponent(item.id)}`), false)) : null)))));
  }

  function render(value, depth) {
    if (Array.isArray(value)) return table(value, depth <= 1);
    if (value && typeof value === 'object' && !isLocalized(value)) {
      return el('dl', { className: 'json-object' }, Object.entries(value).map(([name, inner]) =>
        [el('dt', {}, name), el('dd', {}, render(inner, depth + 1))]));
    }
    return el('span', {}, cell(value));
  }

  let shown;
  async function load() {
    if (spec.show === false) return;
    try {
      shown = await api('GET', spec.endpoint);
      clear(view).append(render(shown, 0));
    } catch (error) {
      panel.showError(error.message);
    }
  }

  if (spec.post !== false) {
    const area = el('textarea', { id: `${key}-body`, rows: 4, spellcheck: false, placeholder: spec.example || '{}' });
    const postLabel = spec.postLabel ? `${key}.post` : 'json.post';
    panel.body.append(el('div', { className: 'json-post' },
      el('label', { htmlFor: `${key}-body`, i18n: 'json.body' }), area,
      button(`${key}-post`, postLabel, () => {
        const text = area.value.trim() || '{}';
        try {
          JSON.parse(text);
        } catch (error) {
          panel.showError(t('json.notJson', error.message));
          return;
        }
        run('POST', spec.endpoint, text);
      }, spec.confirm)));
  }
  if (spec.removeAll) {
    panel.body.append(el('p', {}, button(`${key}-delete-all`, 'json.deleteAll', () => run('DELETE', spec.endpoint), true)));
  }
  (spec.refreshOn || []).forEach(kind => onSimEvent(kind, load));
  onLanguageChange(() => { if (shown !== undefined) clear(view).append(render(shown, 0)); });
  await load();
  return panel;
}

function isLocalized(value) {
  return value !== null && typeof value === 'object' && typeof value.ja === 'string' && typeof value.en === 'string';
}
