// A button for something that cannot be undone (delete every fault rule, every added window): the first press only
// arms it ("Really? Press again"), a second press within five seconds acts.
import { el } from './dom.js';
import { addTexts, t } from './i18n.js';

addTexts({
  ja: { 'confirm.again': '本当に実行しますか？ もう一度押してください' },
  en: { 'confirm.again': 'Really? Press again' },
});

export function confirmButton(id, labelKey, action) {
  let armed = null;
  const node = el('button', { type: 'button', id, i18n: labelKey, className: 'danger', onclick: () => {
    if (!armed) {
      node.textContent = t('confirm.again');
      armed = setTimeout(disarm, 5000);
      return;
    }
    disarm();
    action();
  } });
  function disarm() {
    clearTimeout(armed);
    armed = null;
    node.textContent = t(labelKey);
  }
  return node;
}
