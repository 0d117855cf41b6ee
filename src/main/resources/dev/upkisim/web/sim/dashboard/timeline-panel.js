// The live timeline (issue 5 item 6): the newest ~100 events from GET /sim/events?last=100, then the live stream
// GET /sim/events/stream (EventSource; it reconnects by itself and sends Last-Event-ID, so nothing is missed).
// Newest on top, filtered by face in the page. Every event is passed on to the other panels (sim-events.js).
import { el, clear } from './dom.js';
import { addTexts, t, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { publish } from './sim-events.js';
import { dateTime } from './time-format.js';

addTexts({
  ja: {
    'timeline.title': 'タイムライン', 'timeline.face': '窓口', 'timeline.all': 'すべて', 'timeline.live': '受信中',
    'timeline.connecting': '接続中…', 'timeline.closed': '切断（再接続します）', 'timeline.empty': 'まだ出来事はありません。',
    'timeline.realAt': '実時間 {0}（日本時間）', 'timeline.application': '申請 {0}',
    'face.upki': 'NII 発行システム', 'face.jupki': 'J-UPKI ポータル', 'face.acme': 'ACME', 'face.repo': 'リポジトリ',
    'face.rp': '証明書ログイン確認', 'face.sim': 'シミュレータ', 'face.mail': 'メール',
  },
  en: {
    'timeline.title': 'Timeline', 'timeline.face': 'Face', 'timeline.all': 'all', 'timeline.live': 'live',
    'timeline.connecting': 'connecting…', 'timeline.closed': 'disconnected (reconnecting)', 'timeline.empty': 'Nothing has happened yet.',
    'timeline.realAt': 'real time {0} (Japan)', 'timeline.application': 'application {0}',
    'face.upki': 'NII issuance system', 'face.jupki': 'J-UPKI portal', 'face.acme': 'ACME', 'face.repo': 'repository',
    'face.rp': 'relying-party check', 'face.sim': 'simulator', 'face.mail': 'mail',
  },
});

const FACES = ['upki', 'jupki', 'acme', 'repo', 'rp', 'sim', 'mail'];
const KEEP = 500;
const RETRY_MS = 5000;

export function mountTimeline(slot) {
  const panel = createPanel(slot, 'timeline', 'timeline.title');
  const faces = el('select', { id: 'timeline-face', onchange: filter });
  const status = el('span', { id: 'timeline-status', className: 'badge' });
  const empty = el('p', { id: 'timeline-empty', className: 'muted', i18n: 'timeline.empty' });
  const list = el('ol', { id: 'timeline-list', className: 'timeline', attrs: { role: 'log' } });
  let lastId = 0;
  let statusKey = 'timeline.connecting';

  panel.body.append(el('div', { className: 'toolbar' },
    el('label', { htmlFor: 'timeline-face', i18n: 'timeline.face' }), faces, status), empty, list);
  drawFaces();

  function drawFaces() {
    const chosen = faces.value;
    const known = new Set(FACES);
    list.querySelectorAll('li[data-face]').forEach(row => known.add(row.dataset.face));
    clear(faces).append(el('option', { value: '', text: t('timeline.all') }),
      ...[...known].map(face => el('option', { value: face, text: `${face} — ${t('face.' + face)}` })));
    faces.value = chosen;
  }

  function filter() {
    list.querySelectorAll('li').forEach(row => { row.hidden = faces.value !== '' && row.dataset.face !== faces.value; });
  }

  function row(event) {
    return el('li', { className: 'event', id: `event-${event.id}`, dataset: { face: event.face, kind: event.kind },
      hidden: faces.value !== '' && event.face !== faces.value },
    el('div', { className: 'event-head' },
      el('time', { className: 'event-time mono', dateTime: event.simulatedAt, title: t('timeline.realAt', dateTime(event.realAt)) },
        dateTime(event.simulatedAt)),
      el('span', { className: `face face-${event.face}` }, event.face),
      el('span', { className: 'event-kind mono' }, event.kind),
      event.application != null ? el('span', { className: 'event-application' }, `#${event.application}`) : null,
      event.user ? el('span', { className: 'event-user' }, event.user) : null,
      event.institution ? el('span', { className: 'event-institution muted' }, event.institution) : null),
    el('div', { className: 'event-reason' }, event.reason));
  }

  function add(event) {
    if (event.id <= lastId) return false; // already shown (a reconnect may overlap)
    lastId = event.id;
    if (event.kind === 'sim.reset') clear(list); // the server's timeline starts again with the reset: so does the page's
    const isNewFace = !FACES.includes(event.face) && !list.querySelector(`li[data-face="${CSS.escape(event.face)}"]`);
    list.prepend(row(event));
    while (list.children.length > KEEP) list.lastElementChild.remove();
    empty.hidden = true;
    if (isNewFace) drawFaces();
    return true;
  }

  function setStatus(key) {
    statusKey = key;
    status.textContent = t(key);
    status.className = `badge ${key === 'timeline.live' ? 'badge-running' : 'badge-frozen'}`;
  }

  function connect() {
    setStatus('timeline.connecting');
    const source = new EventSource(`/sim/events/stream?named=false&after=${lastId}`);
    source.onopen = () => setStatus('timeline.live');
    source.onmessage = message => {
      const event = JSON.parse(message.data);
      if (add(event)) publish(event);
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) { // refused (e.g. logged out): EventSource gives up, so we retry
        setStatus('timeline.closed');
        setTimeout(connect, RETRY_MS);
      } else {
        setStatus('timeline.connecting'); // EventSource retries by itself, with Last-Event-ID
      }
    };
  }

  async function start() {
    try {
      (await api('GET', '/sim/events?last=100')).forEach(add);
    } catch (error) {
      panel.showError(error.message);
    }
    connect();
  }

  onLanguageChange(() => { drawFaces(); setStatus(statusKey); });
  start();
}
