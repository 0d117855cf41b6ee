// The simulated clock (SPEC 1.6): now in Japan time and UTC, speed, frozen; advance it, change its speed, freeze it.
// Fed by GET/POST /sim/clock; between readings it ticks in the page at the clock's speed.
import { el } from './dom.js';
import { addTexts, t, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { onSimEvent } from './sim-events.js';
import { dateTime, weekdayInJapan, isoSeconds } from './time-format.js';

addTexts({
  ja: {
    'clock.title': 'シミュレータの時計', 'clock.jst': '日本時間', 'clock.utc': 'UTC', 'clock.speed': '速度',
    'clock.running': '進行中', 'clock.frozen': '停止中', 'clock.freeze': '時計を止める', 'clock.unfreeze': '時計を動かす',
    'clock.plus1h': '+1 時間', 'clock.plus1d': '+1 日', 'clock.plus30d': '+30 日',
    'clock.duration': '進める期間（ISO 8601）', 'clock.advance': '進める', 'clock.speedInput': '速度（倍）',
    'clock.setSpeed': '速度を設定', 'clock.needDuration': '進める期間を ISO 8601 で入力してください（例: P7D、PT6H）。',
    'clock.needSpeed': '速度は 0 より大きい数で入力してください。',
  },
  en: {
    'clock.title': 'Simulated clock', 'clock.jst': 'Japan time', 'clock.utc': 'UTC', 'clock.speed': 'Speed',
    'clock.running': 'running', 'clock.frozen': 'frozen', 'clock.freeze': 'Freeze', 'clock.unfreeze': 'Unfreeze',
    'clock.plus1h': '+1 h', 'clock.plus1d': '+1 d', 'clock.plus30d': '+30 d',
    'clock.duration': 'Advance by (ISO 8601)', 'clock.advance': 'Advance', 'clock.speedInput': 'Speed (×)',
    'clock.setSpeed': 'Set speed', 'clock.needDuration': 'Enter an ISO 8601 duration, e.g. P7D or PT6H.',
    'clock.needSpeed': 'Enter a speed above 0.',
  },
});

const STEPS = [['PT1H', 'clock.plus1h', 'clock-plus-1h'], ['P1D', 'clock.plus1d', 'clock-plus-1d'],
  ['P30D', 'clock.plus30d', 'clock-plus-30d']];

export function mountClock(slot) {
  const panel = createPanel(slot, 'clock', 'clock.title');
  let reading = null; // { now: ms, speed, frozen, at: performance.now() of the reading }

  const jst = el('span', { id: 'clock-jst', className: 'clock-big' });
  const weekday = el('span', { id: 'clock-weekday', className: 'clock-weekday' });
  const utc = el('span', { id: 'clock-utc', className: 'mono' });
  const speed = el('span', { id: 'clock-speed', className: 'mono' });
  const state = el('span', { id: 'clock-state', className: 'badge' });
  const freeze = el('button', { type: 'button', id: 'clock-freeze', onclick: () => change({ frozen: !reading?.frozen }) });
  const duration = el('input', { id: 'clock-duration', type: 'text', size: 10, autocomplete: 'off', placeholder: 'P7D / PT6H' });
  const speedInput = el('input', { id: 'clock-speed-input', type: 'number', min: '0', step: 'any', size: 6 });

  panel.body.append(
    el('div', { className: 'clock-reading' },
      el('div', {}, el('span', { className: 'label', i18n: 'clock.jst' }), ' ', jst, ' ', weekday),
      el('div', { className: 'clock-line' },
        el('span', { className: 'label', i18n: 'clock.utc' }), ' ', utc, ' ',
        el('span', { className: 'label', i18n: 'clock.speed' }), ' ', speed, ' ', state)),
    el('div', { className: 'clock-controls' },
      STEPS.map(([amount, label, id]) => el('button', { type: 'button', id, i18n: label, onclick: () => change({ advance: amount }) })),
      el('form', { className: 'inline', onsubmit: advanceBy },
        el('label', { htmlFor: 'clock-duration', i18n: 'clock.duration' }), duration,
        el('button', { type: 'submit', id: 'clock-advance', i18n: 'clock.advance' })),
      el('form', { className: 'inline', onsubmit: setSpeed },
        el('label', { htmlFor: 'clock-speed-input', i18n: 'clock.speedInput' }), speedInput,
        el('button', { type: 'submit', id: 'clock-set-speed', i18n: 'clock.setSpeed' })),
      freeze));

  function simulatedNow() {
    if (reading.frozen) return reading.now;
    return reading.now + (performance.now() - reading.at) * reading.speed;
  }

  function draw() {
    if (!reading) return;
    const now = simulatedNow();
    jst.textContent = dateTime(now, 'Asia/Tokyo');
    weekday.textContent = `(${weekdayInJapan(now)})`;
    utc.textContent = isoSeconds(now);
    speed.textContent = `×${reading.speed}`;
    state.textContent = t(reading.frozen ? 'clock.frozen' : 'clock.running');
    state.className = `badge ${reading.frozen ? 'badge-frozen' : 'badge-running'}`;
    freeze.textContent = t(reading.frozen ? 'clock.unfreeze' : 'clock.freeze');
  }

  function accept(view) {
    reading = { now: Date.parse(view.now.replace(/(\.\d{3})\d+/, '$1')), speed: view.speed, frozen: view.frozen, at: performance.now() };
    if (document.activeElement !== speedInput) speedInput.value = String(view.speed);
    draw();
  }

  async function load() {
    try {
      accept(await api('GET', '/sim/clock'));
      panel.clearError();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function change(body) {
    try {
      accept(await api('POST', '/sim/clock', body));
      panel.clearError();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  function advanceBy(submit) {
    submit.preventDefault();
    const amount = duration.value.trim();
    if (!amount) {
      panel.showError(t('clock.needDuration'));
      return;
    }
    change({ advance: amount });
  }

  function setSpeed(submit) {
    submit.preventDefault();
    const value = Number(speedInput.value);
    if (!(value > 0)) {
      panel.showError(t('clock.needSpeed'));
      return;
    }
    change({ speed: value });
  }

  setInterval(draw, 250);
  setInterval(load, 30000);
  ['clock', 'scenario', 'sim.reset'].forEach(kind => onSimEvent(kind, load)); // changed elsewhere: a tab, a script, a scenario
  onLanguageChange(draw);
  load();
}
