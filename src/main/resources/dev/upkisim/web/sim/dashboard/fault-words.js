// Fault rules in words, in the page's language, from the rule as GET /sim/faults writes it (FaultRuleJson): the API's
// own "description" is English, so the Japanese page says the same thing from the rule's fields. Also the names of
// the faces, stages and actions, for the rule form.
import { addTexts, t, language } from './i18n.js';
import { readable } from './durations.js';

addTexts({
  ja: {
    'face.home': 'トップページ', 'fault.anyFace': '（すべての窓口）',
    'stage.nii-to-ca': 'NII → CA の発行処理', 'stage.mail-delivery': 'メール配送', 'stage.revocation': '失効処理',
    'fault.action.status': 'HTTP ステータスを返す（その窓口のエラーページ）', 'fault.action.delay': '応答を遅らせる',
    'fault.action.reset': '接続を切る（リセット）', 'fault.action.tryLater': 'OCSP: tryLater を返す',
    'fault.action.stale': 'OCSP: 古い応答を返す（nextUpdate が過去）', 'fault.action.unknown': 'OCSP: unknown を返す',
    'fault.action.slow': 'OCSP: 応答を遅らせる', 'fault.action.fail-nii-to-ca': '段階: NII → CA の発行処理を失敗させる',
    'fault.action.fail-mail-delivery': '段階: メール配送を失敗させる', 'fault.action.fail-revocation': '段階: 失効処理を失敗させる',
    'fault.trigger.next': '次の N 回', 'fault.trigger.every': 'N 回に 1 回', 'fault.trigger.probability': '確率 p で',
    'fault.trigger.always': '毎回',
    'fault.says.stage': '段階「{0}」', 'fault.says.recipient': '宛先 {0}', 'fault.says.user': '利用者 {0}',
    'fault.says.institution': '機関 {0}', 'fault.says.next': '次の {0} 回', 'fault.says.every': '{0} 回に 1 回',
    'fault.says.probability': '確率 {0}', 'fault.says.seed': '（seed {0}）', 'fault.says.always': '毎回',
    'fault.says.status': 'HTTP {0} を返す（その窓口のエラーページ）', 'fault.says.delay': '応答を {0} 遅らせる',
    'fault.says.reset': '接続を切る', 'fault.says.fail': '失敗させる', 'fault.says.failWith': '失敗させる（{0}）',
    'fault.says.tryLater': 'OCSP で tryLater を返す', 'fault.says.stale': '古い OCSP 応答を返す（nextUpdate が過去）',
    'fault.says.unknown': 'OCSP で unknown を返す', 'fault.says.slow': 'OCSP 応答を {0} 遅らせる',
    'fault.says.rule': '{0}: {1}、{2}',
  },
  en: {
    'face.home': 'landing page', 'fault.anyFace': '(any face)',
    'stage.nii-to-ca': 'NII → CA issuing', 'stage.mail-delivery': 'mail delivery', 'stage.revocation': 'revocation',
    'fault.action.status': 'Answer an HTTP status (the face\'s own error page)', 'fault.action.delay': 'Delay the answer',
    'fault.action.reset': 'Reset the connection', 'fault.action.tryLater': 'OCSP: answer tryLater',
    'fault.action.stale': 'OCSP: a stale answer (nextUpdate in the past)', 'fault.action.unknown': 'OCSP: answer unknown',
    'fault.action.slow': 'OCSP: a slow answer', 'fault.action.fail-nii-to-ca': 'Stage: fail the NII → CA issuing step',
    'fault.action.fail-mail-delivery': 'Stage: fail mail delivery', 'fault.action.fail-revocation': 'Stage: fail the revocation step',
    'fault.trigger.next': 'the next N times', 'fault.trigger.every': 'every Nth time', 'fault.trigger.probability': 'with probability p',
    'fault.trigger.always': 'always',
  },
});

/** The rule in words: the API's English description, or the same said in Japanese. */
export function describeRule(rule) {
  if (language() === 'en') return rule.description.replace(/^rule \d+ \((.*)\)$/s, '$1'); // the list shows the id already
  const said = japanese(rule);
  return said ?? rule.description;
}

function japanese({ match, trigger, action }) {
  const where = match.stage
    ? [t('fault.says.stage', t(`stage.${match.stage}`)), match.recipient && t('fault.says.recipient', match.recipient)]
    : [match.face && `${t(`face.${match.face}`)}（${match.face}）`, match.path, match.method,
      match.user && t('fault.says.user', match.user)];
  where.push(match.institution && t('fault.says.institution', match.institution));
  const when = { next: () => t('fault.says.next', trigger.count), every: () => t('fault.says.every', trigger.n),
    probability: () => t('fault.says.probability', trigger.p) + (trigger.seed != null ? t('fault.says.seed', trigger.seed) : ''),
    always: () => t('fault.says.always') }[trigger.type];
  const what = { status: () => t('fault.says.status', action.status), delay: () => t('fault.says.delay', readable(action.duration)),
    reset: () => t('fault.says.reset'), tryLater: () => t('fault.says.tryLater'), stale: () => t('fault.says.stale'),
    unknown: () => t('fault.says.unknown'), slow: () => t('fault.says.slow', readable(action.duration)),
    fail: () => (action.message ? t('fault.says.failWith', action.message) : t('fault.says.fail')) }[action.type];
  if (!when || !what) return null; // a kind this page does not know yet: the API's words
  return t('fault.says.rule', where.filter(Boolean).join('、'), when(), what());
}
