// The outbox (SPEC 1.4): every notification mail, newest first, from GET /sim/mail, refreshed on mail.* and sim.reset.
// Choosing one shows it as a mail client would, from GET /sim/mail/{id}.json (ISO-2022-JP decoded on the server).
import { el, clear } from './dom.js';
import { addTexts, t, onLanguageChange } from './i18n.js';
import { api } from './api.js';
import { createPanel } from './panel.js';
import { onSimEvent } from './sim-events.js';
import { dateTime } from './time-format.js';

addTexts({
  ja: {
    'outbox.title': '送信済みメール', 'outbox.empty': 'まだメールはありません。', 'outbox.from': '差出人', 'outbox.to': '宛先',
    'outbox.cc': 'CC', 'outbox.subject': '件名', 'outbox.date': '日付（日本時間）', 'outbox.signed': 'S/MIME 署名',
    'outbox.yes': 'あり', 'outbox.no': 'なし', 'outbox.attachments': '添付', 'outbox.noAttachments': '添付なし',
    'outbox.raw': '元のメール（.eml）をダウンロード', 'outbox.onlyOutbox': '送信先なし（outbox のみ）', 'outbox.bytes': '{0} バイト',
    'outbox.unnamed': '（名前なし）', 'outbox.application': '申請 {0}',
  },
  en: {
    'outbox.title': 'Outbox', 'outbox.empty': 'No mail yet.', 'outbox.from': 'From', 'outbox.to': 'To', 'outbox.cc': 'Cc',
    'outbox.subject': 'Subject', 'outbox.date': 'Date (Japan)', 'outbox.signed': 'S/MIME signature', 'outbox.yes': 'yes',
    'outbox.no': 'no', 'outbox.attachments': 'Attachments', 'outbox.noAttachments': 'no attachments',
    'outbox.raw': 'Download the raw mail (.eml)', 'outbox.onlyOutbox': 'no transport (outbox only)', 'outbox.bytes': '{0} bytes',
    'outbox.unnamed': '(no name)', 'outbox.application': 'application {0}',
  },
});

export function mountOutbox(slot) {
  const panel = createPanel(slot, 'outbox', 'outbox.title');
  const list = el('ul', { id: 'outbox-list', className: 'mail-list' });
  const view = el('article', { id: 'mail-view', className: 'mail-view', hidden: true, attrs: { 'aria-live': 'polite' } });
  let mails = [];
  let shown = null;
  panel.body.append(list, view);

  function deliveries(mail) {
    if (!mail.deliveries.length) return t('outbox.onlyOutbox');
    return mail.deliveries.map(delivery => `${delivery.transport}: ${delivery.state}`).join(', ');
  }

  function drawList() {
    clear(list);
    if (!mails.length) list.append(el('li', { className: 'muted', text: t('outbox.empty') }));
    for (const mail of [...mails].reverse()) {
      list.append(el('li', {},
        el('button', { type: 'button', className: 'mail-item', id: `mail-${mail.id}`,
          attrs: { 'aria-pressed': String(shown?.id === mail.id) }, onclick: () => open(mail.id) },
        el('span', { className: 'mail-subject' }, mail.subject),
        el('span', { className: 'mail-meta' },
          `${dateTime(mail.date)} · ${mail.kind}`,
          mail.application != null ? ` · ${t('outbox.application', mail.application)}` : '',
          ` · ${mail.to.join(', ')} · ${deliveries(mail)}`))));
    }
  }

  async function load() {
    try {
      mails = await api('GET', '/sim/mail');
      panel.clearError();
      drawList();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function open(id) {
    try {
      shown = await api('GET', `/sim/mail/${encodeURIComponent(id)}.json`);
      panel.clearError();
      drawList();
      drawMail();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  function field(labelKey, value, id) {
    return [el('dt', { text: t(labelKey) }), el('dd', { id }, value)];
  }

  function drawMail() {
    if (!shown) return;
    clear(view).append(
      el('h3', { id: 'mail-subject' }, shown.subject),
      el('dl', { className: 'mail-headers' },
        field('outbox.from', shown.from, 'mail-from'),
        field('outbox.to', shown.to.join(', '), 'mail-to'),
        shown.cc.length ? field('outbox.cc', shown.cc.join(', '), 'mail-cc') : null,
        field('outbox.date', shown.date ? dateTime(shown.date) : '—', 'mail-date'),
        field('outbox.signed', t(shown.signed ? 'outbox.yes' : 'outbox.no'), 'mail-signed')),
      el('pre', { id: 'mail-text', className: 'mail-text' }, shown.text),
      el('h4', { text: t('outbox.attachments') }),
      shown.attachments.length
        ? el('ul', { id: 'mail-attachments' }, shown.attachments.map(part => el('li', {},
          el('span', { className: 'mono' }, part.name ?? t('outbox.unnamed')),
          ` — ${part.contentType}, ${t('outbox.bytes', part.size.toLocaleString())}`)))
        : el('p', { className: 'muted', text: t('outbox.noAttachments') }),
      el('p', {}, el('a', { href: shown.raw, download: `${shown.id}.eml`, id: 'mail-raw', text: t('outbox.raw') })));
    view.hidden = false;
  }

  let pending = null;
  const later = () => { // a burst of mail events: one reload
    clearTimeout(pending);
    pending = setTimeout(load, 300);
  };
  onSimEvent('mail', later);
  onSimEvent('sim.reset', () => { shown = null; view.hidden = true; later(); }); // the reset deleted every mail
  onLanguageChange(() => { drawList(); drawMail(); });
  load();
}
