// Fault injection (issue 5 item 3, SPEC 1.6): the rules in force, each in words with how often it fired and how often
// it was considered, to delete one or all; a form for the common rules (fault-form.js) and a JSON box for the rest.
// GET/POST/DELETE /sim/faults; redrawn on fault.* events (fault.fired too, so the counts move while the class watches).
import { el, clear } from './dom.js';
import { addTexts, t, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { reloadOn } from './sim-events.js';
import { describeRule } from './fault-words.js';
import { faultForm } from './fault-form.js';
import { jsonBox } from './json-box.js';
import { confirmButton } from './confirm-button.js';

addTexts({
  ja: {
    'faults.title': '障害の注入', 'faults.none': 'いま有効なルールはありません。', 'faults.counts': '発動 {0} 回 / 判定 {1} 回',
    'faults.delete': '削除', 'faults.deleteAll': 'すべて削除', 'faults.seed': '乱数の種（seed）: {0}（確率のルールは毎回同じ結果）',
    'faults.added': 'ルール {0} を追加しました。', 'faults.newRule': '新しいルール',
  },
  en: {
    'faults.title': 'Fault injection', 'faults.none': 'No rules in force.', 'faults.counts': 'fired {0} / considered {1}',
    'faults.delete': 'Delete', 'faults.deleteAll': 'Delete all', 'faults.seed': 'Seed: {0} (probability rules repeat exactly)',
    'faults.added': 'Rule {0} added.', 'faults.newRule': 'New rule',
  },
});

const EXAMPLE = '{"match": {"face": "jupki", "user": "mihon.hanako"}, "trigger": {"type": "every", "n": 3}, "action": {"type": "reset"}}';

export function mountFaults(slot) {
  const panel = createPanel(slot, 'faults', 'faults.title');
  const list = el('ul', { id: 'faults-list', className: 'rule-list' });
  const seed = el('p', { id: 'faults-seed', className: 'muted small' });
  const done = el('p', { id: 'faults-done', className: 'done', hidden: true, attrs: { role: 'status' } });
  const deleteAll = confirmButton('faults-delete-all', 'faults.deleteAll', () => run('DELETE', '/sim/faults'));
  let view = null;
  let added = null;
  panel.body.append(list, el('div', { className: 'button-row' }, deleteAll), seed,
    el('h3', { i18n: 'faults.newRule' }), faultForm(add, message => panel.showError(message)),
    jsonBox('faults', EXAMPLE, add, message => panel.showError(message)), done);

  function draw() {
    if (!view) return;
    clear(list).append(...view.rules.map(rule => el('li', { id: `fault-rule-${rule.id}`, className: 'rule' },
      el('div', { className: 'rule-head' },
        el('strong', { className: 'mono' }, `#${rule.id}`),
        el('span', { id: `fault-description-${rule.id}`, className: 'rule-words', title: rule.description }, describeRule(rule)),
        el('button', { type: 'button', id: `fault-delete-${rule.id}`, className: 'secondary', text: t('faults.delete'),
          onclick: () => run('DELETE', `/sim/faults/${encodeURIComponent(rule.id)}`) })),
      el('div', { className: 'rule-meta' },
        el('span', { id: `fault-counts-${rule.id}`, className: `badge ${rule.fired ? 'badge-frozen' : 'badge-quiet'}` },
          t('faults.counts', rule.fired, rule.considered)), ' ',
        el('code', { className: 'small' }, JSON.stringify({ match: rule.match, trigger: rule.trigger, action: rule.action }))))));
    if (!view.rules.length) list.append(el('li', { className: 'muted', id: 'faults-none', text: t('faults.none') }));
    deleteAll.hidden = !view.rules.length;
    seed.textContent = t('faults.seed', view.seed);
    done.hidden = added === null;
    if (added !== null) done.textContent = t('faults.added', `#${added}`);
  }

  async function load() {
    try {
      view = await api('GET', '/sim/faults');
      draw();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function run(method, path, body) {
    try {
      const answer = await api(method, path, body);
      panel.clearError();
      added = method === 'POST' ? answer.id : null;
      await load();
    } catch (error) {
      added = null;
      panel.showError(error.message);
      draw();
    }
  }

  function add(json) {
    return run('POST', '/sim/faults', json);
  }

  reloadOn(['fault', 'scenario', 'sim.reset'], load);
  onLanguageChange(draw);
  load();
}
