// Processing delays (issue 5 item 2, SPEC 1.6): each stage's distribution in words ("log-normal, median 10 min, p95
// 1 h 10 min"), where it comes from, and a small form to set one stage (POST /sim/delays: fixed, uniform or
// log-normal). Redrawn on delays.changed, scenario.loaded and sim.reset.
import { el, clear } from './dom.js';
import { addTexts, t, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { reloadOn } from './sim-events.js';
import { readable, toIso } from './durations.js';

addTexts({
  ja: {
    'delays.title': '処理にかかる時間（遅延）', 'delays.stage': '段階', 'delays.delay': 'かかる時間', 'delays.from': '設定元',
    'delays.stage.nii-to-ca': '発行処理（受付から PIN・URL のメールまで）', 'delays.stage.revocation': '失効処理（受付から失効・通知メールまで）',
    'delays.stage.issue-button': '「発行」ボタンの応答（【STEP2】）',
    'delays.stage.jupki-to-nii': 'J-UPKI → NII（ポータルでの申請を NII 側が受け取るまで）',
    'delays.stage.mail': 'メール配送（送信済みメールに載ってから SMTP サーバ・Webhook に渡すまで）',
    'delays.fixed': '固定 {0}', 'delays.uniform': '一様分布 {0}〜{1}', 'delays.logNormal': '対数正規分布、中央値 {0}、95% 点 {1}',
    'delays.zeroed': '（--instant により 0）', 'delays.explicit': '（明示的な設定）', 'delays.seed': '乱数の種（seed）: {0}',
    'delays.kind': '分布', 'delays.kind.fixed': '固定', 'delays.kind.uniform': '一様分布', 'delays.kind.logNormal': '対数正規分布',
    'delays.value': '時間', 'delays.min': '最小', 'delays.max': '最大', 'delays.median': '中央値', 'delays.p95': '95% 点',
    'delays.set': '設定する', 'delays.unreadable': '「{0}」は時間として読めません（例: 10分、1時間30分、90秒、PT10M）。',
    'delays.limit': '上限 {0}',
  },
  en: {
    'delays.title': 'Processing delays', 'delays.stage': 'Stage', 'delays.delay': 'Takes', 'delays.from': 'Set by',
    'delays.stage.nii-to-ca': 'Issuing (accepted until the PIN and URL mail)', 'delays.stage.revocation': 'Revocation (accepted until revoked and notified)',
    'delays.stage.issue-button': 'The 「発行」 button\'s answer (【STEP2】)',
    'delays.stage.jupki-to-nii': 'J-UPKI → NII (a request in the portal until the NII side has it)',
    'delays.stage.mail': 'Mail delivery (outbox until handed to the SMTP server and webhook)',
    'delays.fixed': 'fixed, {0}', 'delays.uniform': 'uniform, {0} to {1}', 'delays.logNormal': 'log-normal, median {0}, p95 {1}',
    'delays.zeroed': '(0 because of --instant)', 'delays.explicit': '(set explicitly)', 'delays.seed': 'Seed: {0}',
    'delays.kind': 'Distribution', 'delays.kind.fixed': 'fixed', 'delays.kind.uniform': 'uniform', 'delays.kind.logNormal': 'log-normal',
    'delays.value': 'Delay', 'delays.min': 'Min', 'delays.max': 'Max', 'delays.median': 'Median', 'delays.p95': 'p95',
    'delays.set': 'Set', 'delays.unreadable': '"{0}" is not a duration (e.g. 10 min, 1h30m, 90 s, PT10M).',
    'delays.limit': 'at most {0}',
  },
});

const FIELDS = { fixed: ['delays.value'], uniform: ['delays.min', 'delays.max'], logNormal: ['delays.median', 'delays.p95'] };

/** "log-normal, median 10 min, p95 1 h 10 min" for a distribution as the API writes it. */
export function describeDelay(distribution) {
  const [kind, value] = Object.entries(distribution)[0];
  if (kind === 'fixed') return t('delays.fixed', readable(value));
  if (kind === 'uniform') return t('delays.uniform', readable(value.min), readable(value.max));
  return t('delays.logNormal', readable(value.median), readable(value.p95));
}

export function mountDelays(slot) {
  const panel = createPanel(slot, 'delays', 'delays.title');
  const rows = el('tbody', { id: 'delays-rows' });
  const seed = el('p', { id: 'delays-seed', className: 'muted small' });
  const stage = el('select', { id: 'delay-stage', onchange: fill });
  const kind = el('select', { id: 'delay-kind', onchange: () => fill(false) });
  const inputs = [0, 1].map(index => el('input', { id: `delay-value-${index + 1}`, type: 'text', size: 10, autocomplete: 'off' }));
  const labels = [0, 1].map(index => el('label', { htmlFor: `delay-value-${index + 1}` }));
  const form = el('form', { id: 'delay-form', className: 'field-grid', onsubmit: submit },
    el('label', { htmlFor: 'delay-stage', i18n: 'delays.stage' }), stage,
    el('label', { htmlFor: 'delay-kind', i18n: 'delays.kind' }), kind,
    labels[0], inputs[0], labels[1], inputs[1],
    el('span', {}), el('button', { type: 'submit', id: 'delay-set', i18n: 'delays.set' }));
  let view = null;
  panel.body.append(
    el('div', { className: 'table-scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, ['delays.stage', 'delays.delay', 'delays.from'].map(key => el('th', { scope: 'col', i18n: key })))),
      rows)),
    seed, form);

  function current(id) {
    return view?.stages.find(one => one.stage === id);
  }

  // The form shows the chosen stage's distribution (withValues) or keeps what was typed and only relabels.
  function fill(withValues = true) {
    const shown = current(stage.value);
    if (withValues !== false && shown) kind.value = Object.keys(shown.distribution)[0];
    const fields = FIELDS[kind.value];
    labels.forEach((label, index) => { label.textContent = fields[index] ? t(fields[index]) : ''; label.hidden = !fields[index]; });
    inputs[1].hidden = fields.length < 2;
    if (withValues !== false && shown) {
      const value = Object.values(shown.distribution)[0];
      const values = typeof value === 'string' ? [value] : Object.values(value);
      inputs.forEach((input, index) => { input.value = values[index] ? readable(values[index]) : ''; });
    }
  }

  function draw() {
    if (!view) return;
    const chosen = stage.value;
    clear(stage).append(...view.stages.map(one => el('option', { value: one.stage, text: t(`delays.stage.${one.stage}`) })));
    stage.value = chosen || view.stages[0]?.stage;
    const chosenKind = kind.value;
    clear(kind).append(...Object.keys(FIELDS).map(name => el('option', { value: name, text: t(`delays.kind.${name}`) })));
    kind.value = chosenKind || 'logNormal';
    clear(rows).append(...view.stages.map(one => el('tr', { id: `delay-${one.stage}` },
      el('td', { title: one.description }, t(`delays.stage.${one.stage}`), el('div', { className: 'mono muted small' }, one.stage)),
      el('td', { id: `delay-text-${one.stage}`, title: one.text },
        describeDelay(one.distribution), one.zeroedByInstant ? ` ${t('delays.zeroed')}` : '',
        el('div', { className: 'muted small' }, t('delays.limit', readable(one.limit)))),
      el('td', {}, one.source, one.explicit ? ` ${t('delays.explicit')}` : ''))));
    seed.textContent = t('delays.seed', view.seed);
  }

  async function load() {
    try {
      view = await api('GET', '/sim/delays');
      draw();
      fill(!form.contains(document.activeElement)); // not under the trainer's typing
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function submit(event) {
    event.preventDefault();
    const count = FIELDS[kind.value].length;
    const values = [];
    for (const input of inputs.slice(0, count)) {
      const iso = toIso(input.value);
      if (!iso) {
        panel.showError(t('delays.unreadable', input.value));
        return;
      }
      values.push(iso);
    }
    const body = { stage: stage.value };
    if (kind.value === 'fixed') body.fixed = values[0];
    else if (kind.value === 'uniform') body.uniform = { min: values[0], max: values[1] };
    else body.logNormal = { median: values[0], p95: values[1] };
    try {
      view = await api('POST', '/sim/delays', body);
      panel.clearError();
      draw();
      fill();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  reloadOn(['delays', 'scenario', 'sim.reset'], load);
  onLanguageChange(() => { draw(); fill(); });
  load();
}
