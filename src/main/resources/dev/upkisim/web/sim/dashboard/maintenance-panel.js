// Maintenance windows (issue 5 item 1, SPEC 1.6/1.7): every window, going on first — face, title, when, whether it is
// on now (and how many requests it turned away) or when it comes next; a form to start one now for a while or for a
// period in Japan time, a JSON box for recurring ones (fixtures/maintenance.yaml's fields), delete for added ones
// (the fixtures' windows come from the file). GET/POST/DELETE /sim/maintenance.
import { el, clear } from './dom.js';
import { addTexts, t, language, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { reloadOn } from './sim-events.js';
import { dateTime } from './time-format.js';
import { toIso } from './durations.js';
import { jsonBox } from './json-box.js';
import { confirmButton } from './confirm-button.js';

addTexts({
  ja: {
    'maintenance.title': 'メンテナンス', 'maintenance.none': 'メンテナンスの予定はありません。', 'maintenance.active': 'メンテナンス中',
    'maintenance.blocked': '{0} 件の要求を 503 で返しました', 'maintenance.over': '終了', 'maintenance.next': '次回: {0}',
    'maintenance.span': '{0} 〜 {1}（日本時間）', 'maintenance.fromFixtures': 'フィクスチャ（maintenance.yaml）',
    'maintenance.added': 'ここで追加', 'maintenance.delete': '削除', 'maintenance.deleteAll': '追加したものをすべて削除',
    'maintenance.new': 'メンテナンスを追加', 'maintenance.face': '窓口', 'maintenance.when': 'いつ', 'maintenance.now': '今から',
    'maintenance.period': '期間を指定（日本時間）', 'maintenance.duration': '長さ', 'maintenance.start': '開始', 'maintenance.end': '終了',
    'maintenance.titleJa': '件名（日本語、省略可）', 'maintenance.titleEn': '件名（英語、省略可）', 'maintenance.add': '追加',
    'maintenance.badDuration': '「{0}」は時間として読めません（例: 1時間、30分、PT1H）。', 'maintenance.needPeriod': '開始と終了を入力してください。',
    'maintenance.oneHour': '1時間',
  },
  en: {
    'maintenance.title': 'Maintenance windows', 'maintenance.none': 'No maintenance planned.', 'maintenance.active': 'in maintenance',
    'maintenance.blocked': '{0} requests answered 503', 'maintenance.over': 'over', 'maintenance.next': 'next: {0}',
    'maintenance.span': '{0} – {1} (Japan)', 'maintenance.fromFixtures': 'fixtures (maintenance.yaml)',
    'maintenance.added': 'added here', 'maintenance.delete': 'Delete', 'maintenance.deleteAll': 'Delete all added windows',
    'maintenance.new': 'Add a window', 'maintenance.face': 'Face', 'maintenance.when': 'When', 'maintenance.now': 'from now',
    'maintenance.period': 'a period (Japan time)', 'maintenance.duration': 'For', 'maintenance.start': 'Start', 'maintenance.end': 'End',
    'maintenance.titleJa': 'Title in Japanese (optional)', 'maintenance.titleEn': 'Title in English (optional)', 'maintenance.add': 'Add',
    'maintenance.badDuration': '"{0}" is not a duration (e.g. 1 h, 30 min, PT1H).', 'maintenance.needPeriod': 'Enter a start and an end.',
    'maintenance.oneHour': '1 h',
  },
});

const FACES = ['jupki', 'upki', 'acme', 'repo'];
const EXAMPLE = '{"face": "upki", "every": {"nth": 3, "weekday": "SATURDAY"}, "from": "09:00", "to": "18:00"}';

export function mountMaintenance(slot) {
  const panel = createPanel(slot, 'maintenance', 'maintenance.title');
  const list = el('ul', { id: 'maintenance-list', className: 'rule-list' });
  const face = el('select', { id: 'maintenance-face' });
  const when = el('select', { id: 'maintenance-when', onchange: showWhen });
  const duration = el('input', { id: 'maintenance-duration', type: 'text', size: 8, autocomplete: 'off' });
  const start = el('input', { id: 'maintenance-start', type: 'datetime-local' });
  const end = el('input', { id: 'maintenance-end', type: 'datetime-local' });
  const titleJa = el('input', { id: 'maintenance-title-ja', type: 'text', size: 24 });
  const titleEn = el('input', { id: 'maintenance-title-en', type: 'text', size: 24 });
  const deleteAll = confirmButton('maintenance-delete-all', 'maintenance.deleteAll', () => run('DELETE', '/sim/maintenance'));
  const pair = (key, input) => [el('label', { htmlFor: input.id, i18n: key }), input];
  const nowRow = pair('maintenance.duration', duration);
  const periodRows = [...pair('maintenance.start', start), ...pair('maintenance.end', end)];
  let view = null;
  panel.body.append(list, el('div', { className: 'button-row' }, deleteAll),
    el('h3', { i18n: 'maintenance.new' }),
    el('form', { id: 'maintenance-form', className: 'field-grid', onsubmit: submit },
      pair('maintenance.face', face), pair('maintenance.when', when), nowRow, periodRows,
      pair('maintenance.titleJa', titleJa), pair('maintenance.titleEn', titleEn),
      el('span', {}), el('button', { type: 'submit', id: 'maintenance-add', i18n: 'maintenance.add' })),
    jsonBox('maintenance', EXAMPLE, json => run('POST', '/sim/maintenance', json), message => panel.showError(message)));

  function options() {
    const keep = [face.value, when.value];
    clear(face).append(...FACES.map(name => el('option', { value: name, text: `${name} — ${t(`face.${name}`)}` })));
    clear(when).append(el('option', { value: 'now', text: t('maintenance.now') }),
      el('option', { value: 'period', text: t('maintenance.period') }));
    face.value = keep[0] || 'jupki';
    if (!duration.value || duration.value === duration.dataset.suggested) duration.value = t('maintenance.oneHour');
    duration.dataset.suggested = t('maintenance.oneHour');
    when.value = keep[1] || 'now';
  }

  // A period starts, unless typed, at the next full hour of the simulated clock and lasts an hour.
  function showWhen() {
    const period = when.value === 'period';
    nowRow.forEach(node => { node.hidden = period; });
    periodRows.forEach(node => { node.hidden = !period; });
    if (period && !start.value && view) {
      const hour = Math.ceil(Date.parse(view.now) / 3600000) * 3600000;
      start.value = localJapan(hour);
      end.value = localJapan(hour + 3600000);
    }
  }

  function span(from, to) {
    return t('maintenance.span', dateTime(from).slice(0, 16), dateTime(to).slice(0, 16));
  }

  function status(entry) {
    if (entry.active) {
      return el('span', { className: 'badge badge-alert', id: `maintenance-active-${entry.id}` }, t('maintenance.active'),
        entry.current ? ` · ${t('maintenance.blocked', entry.current.blockedRequests)}` : '');
    }
    if (entry.over) return el('span', { className: 'badge badge-quiet' }, t('maintenance.over'));
    return entry.rule && entry.next.length ? el('span', { className: 'muted' }, t('maintenance.next', span(entry.next[0].start, entry.next[0].end))) : null;
  }

  function draw() {
    if (!view) return;
    clear(list).append(...view.windows.map(entry => el('li', { id: `maintenance-entry-${entry.id}`, className: 'rule' },
      el('div', { className: 'rule-head' },
        el('span', { className: `face face-${entry.face}` }, entry.face),
        el('strong', { className: 'rule-words' }, entry.title[language()]),
        entry.origin === 'fixtures' ? null : el('button', { type: 'button', id: `maintenance-delete-${entry.id}`,
          className: 'secondary', text: t('maintenance.delete'), onclick: () => run('DELETE', `/sim/maintenance/${encodeURIComponent(entry.id)}`) })),
      el('div', { className: 'rule-meta' },
        entry.rule ? entry.rule[language()] : span(entry.start, entry.end), ' ', status(entry), ' ',
        el('span', { className: 'muted small' }, `${entry.id} · ${t(entry.origin === 'fixtures' ? 'maintenance.fromFixtures' : 'maintenance.added')}`)))));
    if (!view.windows.length) list.append(el('li', { className: 'muted', text: t('maintenance.none') }));
    deleteAll.hidden = !view.windows.some(entry => entry.origin !== 'fixtures');
  }

  async function load() {
    try {
      view = await api('GET', '/sim/maintenance');
      draw();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function run(method, path, body) {
    try {
      await api(method, path, body);
      panel.clearError();
      await load();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  function submit(event) {
    event.preventDefault();
    const body = { face: face.value };
    if (when.value === 'now') {
      body.duration = toIso(duration.value);
      if (!body.duration) return panel.showError(t('maintenance.badDuration', duration.value));
    } else {
      if (!start.value || !end.value) return panel.showError(t('maintenance.needPeriod'));
      body.start = fromLocalJapan(start.value);
      body.end = fromLocalJapan(end.value);
    }
    const ja = titleJa.value.trim();
    const en = titleEn.value.trim();
    if (ja || en) body.title = { ja: ja || en, en: en || ja };
    return run('POST', '/sim/maintenance', body);
  }

  reloadOn(['maintenance', 'scenario', 'sim.reset', 'clock'], load);
  onLanguageChange(() => { options(); draw(); });
  options();
  showWhen();
  load();
}

/** "2026-12-19T09:00" in Japan time, for a datetime-local field, from milliseconds. */
function localJapan(millis) {
  return dateTime(millis).slice(0, 16).replace(' ', 'T');
}

/** The UTC instant of a datetime-local value read as Japan time. */
function fromLocalJapan(value) {
  return new Date(Date.parse(`${value}:00+09:00`)).toISOString().replace('.000Z', 'Z');
}
