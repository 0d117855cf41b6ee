// The "add a fault rule" form: fields for the common cases (which face and path, when, what happens) that build the
// JSON of POST /sim/faults (FaultRuleParser's format), shown live under the form so a trainer can read and reuse it.
// What the fields do not cover (a user, an institution, a message) goes through the advanced JSON box.
import { el, clear } from './dom.js';
import { addTexts, t, onLanguageChange } from './i18n.js';
import { toIso } from './durations.js';

addTexts({
  ja: {
    'fault.add': 'ルールを追加', 'fault.action': '何が起きるか', 'fault.face': '窓口', 'fault.path': 'パス（* はワイルドカード）',
    'fault.method': 'メソッド', 'fault.anyMethod': '（すべて）', 'fault.when': 'いつ', 'fault.status': 'ステータス',
    'fault.duration': '遅らせる時間', 'fault.recipient': '宛先（省略可）', 'fault.count': '回数 N', 'fault.n': 'N',
    'fault.p': '確率 p（0〜1）', 'fault.preview': '送る JSON', 'fault.badDuration': '「{0}」は時間として読めません（例: 2秒、PT2S）。',
    'fault.twoSeconds': '2秒',
  },
  en: {
    'fault.add': 'Add rule', 'fault.action': 'What happens', 'fault.face': 'Face', 'fault.path': 'Path (* matches anything)',
    'fault.method': 'Method', 'fault.anyMethod': '(any)', 'fault.when': 'When', 'fault.status': 'Status',
    'fault.duration': 'Delay by', 'fault.recipient': 'Recipient (optional)', 'fault.count': 'Count N', 'fault.n': 'N',
    'fault.p': 'Probability p (0–1)', 'fault.preview': 'JSON sent', 'fault.badDuration': '"{0}" is not a duration (e.g. 2 s, PT2S).',
    'fault.twoSeconds': '2 s',
  },
});

const ACTIONS = ['status', 'delay', 'reset', 'tryLater', 'stale', 'unknown', 'slow', 'fail-nii-to-ca', 'fail-mail-delivery',
  'fail-revocation'];
const OCSP = ['tryLater', 'stale', 'unknown', 'slow'];
const FACES = ['jupki', 'upki', 'repo', 'acme', 'rp', 'home', 'sim'];
const TRIGGERS = { next: ['fault.count', '1'], every: ['fault.n', '2'], probability: ['fault.p', '0.5'], always: [null, ''] };

/** Adds the form to container; send(rule) posts it and resolves when done; showError(message) for the form's own checks. */
export function faultForm(send, showError) {
  const field = (id, props = {}) => el(props.tag || 'input', { id, type: props.tag ? undefined : 'text', autocomplete: 'off',
    oninput: preview, onchange: preview, ...props, tag: undefined });
  const action = field('fault-action', { tag: 'select', onchange: changed });
  const status = field('fault-status', { type: 'number', min: 400, max: 599, value: '503' });
  const duration = field('fault-duration', { size: 8 });
  const face = field('fault-face', { tag: 'select' });
  const path = field('fault-path', { placeholder: '/jupki/*', size: 18 });
  const method = field('fault-method', { tag: 'select' });
  const recipient = field('fault-recipient', { type: 'email', size: 18 });
  const trigger = field('fault-trigger', { tag: 'select', onchange: changed });
  const amount = field('fault-trigger-value', { size: 6, value: '1' });
  const amountLabel = el('label', { htmlFor: 'fault-trigger-value' });
  const shown = el('pre', { id: 'fault-preview', className: 'json-preview' });
  const rows = {};
  const row = (key, labelKey, input, label) => {
    rows[key] = [label || el('label', { htmlFor: input.id, i18n: labelKey }), input];
    return rows[key];
  };
  const form = el('form', { id: 'fault-form', className: 'field-grid', onsubmit: submit },
    row('action', 'fault.action', action), row('status', 'fault.status', status), row('duration', 'fault.duration', duration),
    row('face', 'fault.face', face), row('path', 'fault.path', path), row('method', 'fault.method', method),
    row('recipient', 'fault.recipient', recipient), row('trigger', 'fault.when', trigger), row('amount', null, amount, amountLabel),
    el('span', { i18n: 'fault.preview', className: 'label' }), shown,
    el('span', {}), el('button', { type: 'submit', id: 'fault-add', i18n: 'fault.add' }));

  function options() {
    const keep = [action.value, face.value, method.value, trigger.value];
    clear(action).append(...ACTIONS.map(name => el('option', { value: name, text: t(`fault.action.${name}`) })));
    clear(face).append(el('option', { value: '', text: t('fault.anyFace') }),
      ...FACES.map(name => el('option', { value: name, text: `${name} — ${t(`face.${name}`)}` })));
    clear(method).append(el('option', { value: '', text: t('fault.anyMethod') }),
      ...['GET', 'POST'].map(name => el('option', { value: name, text: name })));
    clear(trigger).append(...Object.keys(TRIGGERS).map(name => el('option', { value: name, text: t(`fault.trigger.${name}`) })));
    if (!duration.value || duration.value === duration.dataset.suggested) duration.value = t('fault.twoSeconds');
    duration.dataset.suggested = t('fault.twoSeconds'); // the suggestion follows the language, typed text stays
    [action.value, face.value, method.value, trigger.value] = keep.map((value, index) => value || ['status', 'jupki', '', 'next'][index]);
  }

  // Shows the fields that the chosen action and trigger take; an OCSP action is always the repository's.
  function changed(event) {
    const stage = action.value.startsWith('fail-');
    const show = { status: action.value === 'status', duration: ['delay', 'slow'].includes(action.value), face: !stage,
      path: !stage, method: !stage, recipient: action.value === 'fail-mail-delivery', amount: trigger.value !== 'always' };
    Object.entries(show).forEach(([key, visible]) => rows[key].forEach(node => { node.hidden = !visible; }));
    face.disabled = OCSP.includes(action.value);
    if (face.disabled) face.value = 'repo';
    const [labelKey, start] = TRIGGERS[trigger.value];
    amountLabel.textContent = labelKey ? t(labelKey) : '';
    if (event?.target === trigger) amount.value = start;
    preview();
  }

  /** The rule as POST /sim/faults takes it, or null (after saying why) when a field cannot be read. */
  function rule() {
    const stage = action.value.startsWith('fail-');
    const match = {};
    if (stage) {
      match.stage = action.value.slice('fail-'.length);
      if (action.value === 'fail-mail-delivery' && recipient.value.trim()) match.recipient = recipient.value.trim();
    } else {
      if (face.value) match.face = face.value;
      if (path.value.trim()) match.path = path.value.trim();
      if (method.value) match.method = method.value;
    }
    const number = Number(amount.value);
    const when = { next: { type: 'next', count: number }, every: { type: 'every', n: number },
      probability: { type: 'probability', p: number }, always: { type: 'always' } }[trigger.value];
    let what = { type: stage ? 'fail' : action.value };
    if (action.value === 'status') what.status = Number(status.value);
    if (['delay', 'slow'].includes(action.value)) {
      const iso = toIso(duration.value);
      if (!iso) return { problem: t('fault.badDuration', duration.value) };
      what = { ...what, duration: iso };
    }
    return { rule: { match, trigger: when, action: what } };
  }

  function preview() {
    const built = rule();
    shown.textContent = built.rule ? JSON.stringify(built.rule) : built.problem;
  }

  function submit(event) {
    event.preventDefault();
    const built = rule();
    if (built.problem) showError(built.problem);
    else send(JSON.stringify(built.rule));
  }

  onLanguageChange(() => { options(); changed(); });
  options();
  changed();
  return form;
}
