// Where everything is (GET /sim/links): each face of the simulator, and each institution's RA operator credentials.
// A face marked "probe" (e.g. the OpenAPI document) is listed only when it answers.
import { el, clear } from './dom.js';
import { addTexts, t, language, onLanguageChange } from './i18n.js';
import { api, answers, ApiError } from './api.js';
import { createPanel } from './panel.js';

addTexts({
  ja: {
    'links.title': 'リンク', 'links.faces': '各画面', 'links.credentials': '登録担当者（RA）証明書',
    'links.institution': '機関', 'links.pem': 'PEM（証明書・鍵）', 'links.p12': 'P12 をダウンロード',
    'links.password': 'P12 のパスワード:',
  },
  en: {
    'links.title': 'Links', 'links.faces': 'Faces', 'links.credentials': 'RA operator credentials',
    'links.institution': 'Institution', 'links.pem': 'PEM (certificate and key)', 'links.p12': 'Download P12',
    'links.password': 'P12 password:',
  },
});

export function mountLinks(slot) {
  const panel = createPanel(slot, 'links', 'links.title');
  let faces = [];
  let institutions = [];
  const passwords = new Map();

  function href(face) {
    return face.port ? `https://${location.hostname}:${face.port}${face.path}` : face.path;
  }

  function draw() {
    clear(panel.body).append(
      el('h3', { text: t('links.faces') }),
      el('ul', { id: 'links-faces', className: 'links' }, faces.map(face => el('li', {},
        el('a', { href: href(face), id: `link-${face.key}`, target: '_blank', rel: 'noopener' }, face.label[language()]),
        ' ', el('span', { className: 'mono muted' }, href(face))))),
      el('h3', { text: t('links.credentials') }),
      el('ul', { id: 'links-credentials', className: 'links' }, institutions.map(institution => el('li', {},
        el('strong', {}, institution.name[language()]), ' ', el('span', { className: 'mono muted' }, institution.id), ' ',
        el('a', { href: institution.pem, download: `ra-${institution.id}.pem`, text: t('links.pem') }), ' ',
        el('button', { type: 'button', id: `p12-${institution.id}`, text: t('links.p12'), onclick: () => p12(institution) }),
        passwords.has(institution.id)
          ? el('span', { className: 'p12-password' }, ' ', t('links.password'), ' ', el('code', { id: `p12-password-${institution.id}` },
            passwords.get(institution.id)))
          : null))));
  }

  // The P12's password comes in a response header, which a plain link would hide: fetch, save, show the password.
  async function p12(institution) {
    try {
      const response = await fetch(institution.p12, { credentials: 'same-origin' });
      if (!response.ok) throw new ApiError(response.status, `HTTP ${response.status}`);
      const file = URL.createObjectURL(await response.blob());
      const save = el('a', { href: file, download: `ra-${institution.id}.p12`, hidden: true });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(file), 10000);
      passwords.set(institution.id, response.headers.get('X-P12-Password') || '');
      panel.clearError();
      draw();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  async function load() {
    try {
      const links = await api('GET', '/sim/links');
      const shown = await Promise.all(links.faces.map(face => face.probe ? answers(face.path) : true));
      faces = links.faces.filter((face, index) => shown[index]);
      institutions = links.institutions;
      draw();
    } catch (error) {
      panel.showError(error.message);
    }
  }

  onLanguageChange(draw);
  load();
}
