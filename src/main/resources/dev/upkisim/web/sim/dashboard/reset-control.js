// POST /sim/reset (issue 5 item 5), inside the scenario panel: a button that first says, in the page's language, what
// a reset clears and what it keeps (SimulatorReset's Javadoc), and acts only on a second, explicit "Reset" press.
// Afterwards it shows what the server deleted and kept (its answer), so the page never claims more than was done.
import { el, clear } from './dom.js';
import { addTexts, t, onLanguageChange } from './i18n.js';
import { api } from './api.js';

addTexts({
  ja: {
    'reset.title': '初期状態に戻す（リセット）', 'reset.open': 'リセット…', 'reset.yes': 'リセットする', 'reset.cancel': 'やめる',
    'reset.clears': '消えるもの: 申請、アップロードされた TSV、証明書、ワンタイム URL、処理待ちの作業、送信済みメール、'
      + 'タイムライン、ここで追加したメンテナンスと障害注入のルール。',
    'reset.then': 'そのあと: フィクスチャ（機関・利用者・メンテナンス予定）を読み直し、現在のシナリオ「{0}」の設定'
      + '（時計の速度、遅延、くせ、メンテナンス、障害注入 など）をもう一度適用します。',
    'reset.keeps': '残るもの: CA 階層と鍵、HTTPS のサーバ証明書、RA 担当者の証明書、OCSP レスポンダ、CRL 番号、'
      + '時計の現在時刻。',
    'reset.sure': '元に戻せません。リセットしますか？', 'reset.done': 'リセットしました（シナリオ「{0}」）。削除: {1}。残したもの: {2}。',
    'reset.nothing': 'なし',
    'reset.deleted.applications': '申請 {0} 件', 'reset.deleted.uploads': 'アップロード {0} 件',
    'reset.deleted.certificates': '証明書 {0} 件', 'reset.deleted.oneTimeUrls': 'ワンタイム URL {0} 件',
    'reset.deleted.jobs': '作業 {0} 件', 'reset.deleted.mails': 'メール {0} 通', 'reset.deleted.mailDeliveries': '配送記録 {0} 件',
    'reset.kept.CA hierarchy': 'CA 階層', 'reset.kept.HTTPS listener identity': 'HTTPS のサーバ証明書',
    'reset.kept.RA credentials': 'RA 担当者の証明書', 'reset.kept.OCSP responders': 'OCSP レスポンダ',
    'reset.kept.CRL numbers': 'CRL 番号', 'reset.kept.clock': '時計',
  },
  en: {
    'reset.title': 'Reset to a clean state', 'reset.open': 'Reset…', 'reset.yes': 'Reset', 'reset.cancel': 'Cancel',
    'reset.clears': 'Clears: applications, uploaded TSV files, certificates, one-time URLs, pending work, sent mail, the'
      + ' timeline, and the maintenance windows and fault rules added here.',
    'reset.then': 'Then: reloads the fixtures (institutions, users, maintenance calendar) and applies the current'
      + ' scenario "{0}" again (clock speed, delays, quirks, maintenance, faults…).',
    'reset.keeps': 'Keeps: the CA hierarchy and its keys, the HTTPS server certificate, the RA operators\' credentials,'
      + ' the OCSP responders, CRL numbers and the clock\'s current time.',
    'reset.sure': 'This cannot be undone. Reset now?', 'reset.done': 'Reset done (scenario "{0}"). Deleted: {1}. Kept: {2}.',
    'reset.nothing': 'nothing',
    'reset.deleted.applications': '{0} applications', 'reset.deleted.uploads': '{0} uploads',
    'reset.deleted.certificates': '{0} certificates', 'reset.deleted.oneTimeUrls': '{0} one-time URLs',
    'reset.deleted.jobs': '{0} jobs', 'reset.deleted.mails': '{0} mails', 'reset.deleted.mailDeliveries': '{0} delivery records',
  },
});

/** Adds the reset section to a panel's body; scenarioName() is the current scenario, for the explanation. */
export function mountReset(body, scenarioName) {
  const error = el('p', { id: 'reset-error', className: 'error', hidden: true, attrs: { role: 'alert' } });
  const result = el('p', { id: 'reset-result', className: 'done', hidden: true, attrs: { role: 'status' } });
  const then = el('li', {});
  const confirm = el('div', { id: 'reset-confirm', className: 'confirm-box', hidden: true, attrs: { role: 'alertdialog',
    'aria-labelledby': 'reset-sure' } },
  el('ul', {}, el('li', { i18n: 'reset.clears' }), then, el('li', { i18n: 'reset.keeps' })),
  el('p', { id: 'reset-sure', className: 'strong', i18n: 'reset.sure' }),
  el('div', { className: 'button-row' },
    el('button', { type: 'button', id: 'reset-yes', className: 'danger', i18n: 'reset.yes', onclick: reset }),
    el('button', { type: 'button', id: 'reset-cancel', className: 'secondary', i18n: 'reset.cancel', onclick: close })));
  const open = el('button', { type: 'button', id: 'reset-open', className: 'danger', i18n: 'reset.open', onclick: () => {
    drawThen();
    confirm.hidden = false;
    open.hidden = true;
    result.hidden = true;
  } });
  let outcome = null;
  body.append(el('div', { className: 'subsection', id: 'reset' }, el('h3', { i18n: 'reset.title' }), error, open, confirm, result));

  function drawThen() {
    then.textContent = t('reset.then', scenarioName() ?? '—');
  }

  function close() {
    confirm.hidden = true;
    open.hidden = false;
  }

  function drawResult() {
    if (!outcome) return;
    const deleted = Object.entries(outcome.deleted).filter(([, count]) => count > 0)
      .map(([kind, count]) => known(`reset.deleted.${kind}`, `${kind} ${count}`, count));
    const kept = outcome.kept.map(thing => known(`reset.kept.${thing}`, thing));
    result.textContent = t('reset.done', outcome.scenario, deleted.join(', ') || t('reset.nothing'), kept.join(', '));
    result.hidden = false;
  }

  async function reset() {
    try {
      outcome = await api('POST', '/sim/reset', {});
      clear(error).hidden = true;
      close();
      drawResult();
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
    }
  }

  onLanguageChange(() => { drawThen(); drawResult(); });
}

/** The translation of key, or otherwise when the server names something this page has no words for. */
function known(key, otherwise, ...args) {
  const text = t(key, ...args);
  return text === key ? otherwise : text;
}
