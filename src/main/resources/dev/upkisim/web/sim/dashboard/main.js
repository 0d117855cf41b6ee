// The trainer dashboard (issue 5 item 7). Each panel is a module that builds its own section in a slot of the page
// and reads one JSON endpoint; panels hear the live timeline's events through sim-events.js.
import { el } from './dom.js';
import { addTexts, t, language, setLanguage, translate, onLanguageChange } from './i18n.js';
import { mountClock } from './clock-panel.js';
import { mountTimeline } from './timeline-panel.js';
import { mountOutbox } from './outbox-panel.js';
import { mountLinks } from './links-panel.js';
import { mountScenario } from './scenario-panel.js';
import { mountMaintenance } from './maintenance-panel.js';
import { mountFaults } from './fault-panel.js';
import { mountQuirks } from './quirk-panel.js';
import { mountDelays } from './delay-panel.js';

addTexts({
  ja: { 'dashboard.title': 'upki-sim トレーナー用ダッシュボード', 'dashboard.logout': 'ログアウト', 'dashboard.other': 'English' },
  en: { 'dashboard.title': 'upki-sim trainer dashboard', 'dashboard.logout': 'Log out', 'dashboard.other': '日本語' },
});

const slot = id => document.getElementById(id);

function drawHeader() {
  const toggle = slot('lang-toggle');
  toggle.textContent = t('dashboard.other');
  toggle.lang = language() === 'ja' ? 'en' : 'ja';
  slot('logout-lang').value = language();
  document.title = t('dashboard.title');
}

slot('lang-toggle').addEventListener('click', () => setLanguage(language() === 'ja' ? 'en' : 'ja'));
onLanguageChange(drawHeader);
translate(document);
drawHeader();

mountClock(slot('slot-clock'));
mountTimeline(slot('slot-timeline'));
mountOutbox(slot('slot-outbox'));
for (const mount of [mountScenario, mountMaintenance, mountFaults, mountQuirks, mountDelays]) {
  const holder = el('div', { className: 'holder' });
  slot('slot-controls').append(holder);
  mount(holder);
}
mountLinks(slot('slot-links'));
