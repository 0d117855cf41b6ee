// The scenario picker (issue 5 item 5, SPEC 1.6): every scenario in fixtures/scenarios/ with its description, the
// current one marked, a button to load one (POST /sim/scenario, which sets clock, delays, quirks… at once and records
// scenario.loaded); below it the reset (reset-control.js). Shapes: GET/POST /sim/scenario in openapi.yaml.
import { el, clear } from './dom.js';
import { addTexts, t, language, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { reloadOn } from './sim-events.js';
import { dateTime } from './time-format.js';
import { mountReset } from './reset-control.js';

addTexts({
  ja: {
    'scenario.title': 'シナリオ', 'scenario.current': '現在のシナリオ:', 'scenario.none': '（未選択）',
    'scenario.loadedAt': '{0}（日本時間）に読み込み、{1}', 'scenario.inUse': '使用中', 'scenario.load': '読み込む',
    'scenario.reload': 'もう一度読み込む', 'scenario.broken': 'このファイルは読み込めません: {0}',
    'scenario.loaded': '「{0}」を読み込みました。設定した内容: {1}',
  },
  en: {
    'scenario.title': 'Scenario', 'scenario.current': 'Current scenario:', 'scenario.none': '(none)',
    'scenario.loadedAt': 'loaded {0} (Japan), by {1}', 'scenario.inUse': 'in use', 'scenario.load': 'Load',
    'scenario.reload': 'Load again', 'scenario.broken': 'This file cannot be loaded: {0}',
    'scenario.loaded': 'Loaded "{0}". What it set: {1}',
  },
});

export function mountScenario(slot) {
  const panel = createPanel(slot, 'scenario', 'scenario.title');
  const current = el('p', { id: 'scenario-current', className: 'current-line' });
  const list = el('ul', { id: 'scenario-list', className: 'choice-list' });
  const done = el('p', { id: 'scenario-done', className: 'done', hidden: true, attrs: { role: 'status' } });
  let shown = null;
  let loadedText = null;
  panel.body.append(current, list, done);
  mountReset(panel.body, () => shown?.current?.name);

  function draw() {
    if (!shown) return;
    const now = shown.current;
    clear(current).append(el('span', { className: 'label', text: t('scenario.current') }), ' ',
      now ? el('strong', { id: 'scenario-current-name', className: 'mono' }, now.name) : t('scenario.none'),
      now ? el('span', { className: 'muted' }, ' — ', t('scenario.loadedAt', dateTime(now.loadedAt), now.by)) : null);
    clear(list).append(...shown.available.map(scenario => {
      const inUse = scenario.name === now?.name;
      return el('li', { id: `scenario-${scenario.name}`, className: inUse ? 'choice chosen' : 'choice',
        attrs: inUse ? { 'aria-current': 'true' } : {} },
      el('div', { className: 'choice-head' },
        el('strong', { className: 'mono' }, scenario.name),
        inUse ? el('span', { className: 'badge badge-running', text: t('scenario.inUse') }) : null,
        el('button', { type: 'button', id: `scenario-load-${scenario.name}`, disabled: Boolean(scenario.problem),
          text: t(inUse ? 'scenario.reload' : 'scenario.load'), onclick: () => load(scenario.name) })),
      el('div', {}, scenario.description[language()]),
      scenario.problem ? el('p', { className: 'error', text: t('scenario.broken', scenario.problem) }) : null);
    }));
    done.hidden = !loadedText;
    if (loadedText) done.textContent = t('scenario.loaded', ...loadedText);
  }

  async function refresh() {
    try {
      shown = await api('GET', '/sim/scenario');
      draw();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function load(name) {
    try {
      const answer = await api('POST', '/sim/scenario', { name });
      panel.clearError();
      loadedText = [answer.current.name, answer.summary];
      await refresh();
    } catch (error) {
      loadedText = null;
      panel.showError(error.message);
      draw();
    }
  }

  reloadOn(['scenario', 'sim.reset'], refresh);
  onLanguageChange(draw);
  refresh();
}
