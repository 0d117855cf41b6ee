// The real service's quirks (issue 5 item 4): each with its description and where it is documented, and a switch of
// two buttons, "faithful" (misbehave as the real service does) and "fixed". A press POSTs /sim/quirks at once and shows
// the state the server answers with; quirk.changed events (another tab, a scenario, a reset) redraw the panel.
import { el, clear } from './dom.js';
import { addTexts, t, language, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { reloadOn } from './sim-events.js';

addTexts({
  ja: {
    'quirks.title': '実サービスのくせ（既知の不具合）', 'quirks.faithful': '再現する（本番どおり）', 'quirks.fixed': '修正済み',
    'quirks.source': '出典: {0}', 'quirks.default': '既定: {0}', 'quirks.switch': '{0} の状態',
    'quirks.hint': 'ボタンを押すとすぐに切り替わります。',
  },
  en: {
    'quirks.title': 'Quirks of the real service', 'quirks.faithful': 'faithful (as the real service)', 'quirks.fixed': 'fixed',
    'quirks.source': 'Source: {0}', 'quirks.default': 'Default: {0}', 'quirks.switch': 'State of {0}',
    'quirks.hint': 'A press switches it at once.',
  },
});

export function mountQuirks(slot) {
  const panel = createPanel(slot, 'quirks', 'quirks.title');
  const list = el('ul', { id: 'quirks-list', className: 'choice-list' });
  let quirks = [];
  panel.body.append(el('p', { className: 'muted', i18n: 'quirks.hint' }), list);

  // Two buttons, the current state pressed: which state is on can be read from the back of the room.
  function segment(quirk, state) {
    const on = quirk.state === state;
    return el('button', { type: 'button', id: `quirk-${state}-${quirk.name}`, className: `segment segment-${state}`,
      attrs: { 'aria-pressed': String(on) }, onclick: () => { if (!on) change(quirk.name, state); } },
    t(`quirks.${state}`));
  }

  function draw() {
    clear(list).append(...quirks.map(quirk => el('li', { id: `quirk-${quirk.name}`, className: 'choice', dataset: { state: quirk.state } },
      el('div', { className: 'choice-head' },
        el('strong', { className: 'mono' }, quirk.name),
        el('span', { className: 'segments', attrs: { role: 'group', 'aria-label': t('quirks.switch', quirk.name) } },
          segment(quirk, 'faithful'), segment(quirk, 'fixed'))),
      el('div', {}, quirk.description[language()]),
      el('div', { className: 'muted small' }, t('quirks.default', t(`quirks.${quirk.default}`)), ' · ',
        t('quirks.source', quirk.source)))));
  }

  async function load() {
    try {
      quirks = (await api('GET', '/sim/quirks')).quirks;
      draw();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function change(name, state) {
    try {
      quirks = (await api('POST', '/sim/quirks', { [name]: state })).quirks;
      panel.clearError();
      draw();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  reloadOn(['quirk', 'scenario', 'sim.reset'], load);
  onLanguageChange(draw);
  load();
}
