// Japanese and English for the whole dashboard. Each panel adds its own texts with addTexts(); elements with
// data-i18n="key" are translated whenever the language changes, and panels that draw text themselves listen with
// onLanguageChange(). The page starts in the language the server chose (?lang= or Accept-Language, <html lang>).

const texts = { ja: {}, en: {} };
const listeners = [];
let current = document.documentElement.lang === 'en' ? 'en' : 'ja';

export function addTexts(more) {
  for (const language of Object.keys(texts)) Object.assign(texts[language], more[language] || {});
}

/** The text for key in the current language; {0}, {1}… are replaced by the arguments. */
export function t(key, ...args) {
  const text = texts[current][key] ?? texts.en[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (match, index) => String(args[Number(index)] ?? ''));
}

export function language() {
  return current;
}

export function setLanguage(language) {
  current = language === 'en' ? 'en' : 'ja';
  document.documentElement.lang = current;
  const url = new URL(location.href);
  url.searchParams.set('lang', current);
  history.replaceState(null, '', url);
  translate(document);
  listeners.forEach(listener => listener(current));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** Sets the text of every [data-i18n] element under root. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(node => { node.placeholder = t(node.dataset.i18nPlaceholder); });
}
