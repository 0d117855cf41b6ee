// Durations for people: "PT1H10M" is shown as "1 h 10 min" or 「1時間10分」, and a trainer may type "10 min", "1h30m",
// 「30秒」 or ISO 8601 ("PT10M"); the API always gets ISO 8601.
import { language } from './i18n.js';

const ISO = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const UNITS = [ // seconds, and the words a trainer may type for the unit
  [86400, /^(d|days?|日)$/i], [3600, /^(h|hrs?|hours?|時間)$/i], [60, /^(m|mins?|minutes?|分)$/i], [1, /^(s|secs?|seconds?|秒)$/i],
];
const WORDS = {
  ja: { d: '日', h: '時間', min: '分', s: '秒', zero: '0秒', joiner: '' },
  en: { d: ' d', h: ' h', min: ' min', s: ' s', zero: '0 s', joiner: ' ' },
};

/** Seconds in an ISO-8601 duration ("PT1H10M" → 4200), or NaN. */
export function seconds(iso) {
  const text = String(iso ?? '').trim();
  const parts = ISO.exec(text);
  if (!parts || /^P$|T$/i.test(text)) return NaN; // "P" and "PT" alone say nothing
  const [days, hours, minutes, secs] = parts.slice(1).map(part => Number(part || 0));
  return days * 86400 + hours * 3600 + minutes * 60 + secs;
}

/** "1 h 10 min" / 「1時間10分」 for an ISO-8601 duration; the text itself when it is not one. */
export function readable(iso) {
  let left = seconds(iso);
  if (Number.isNaN(left)) return String(iso);
  const words = WORDS[language()];
  if (left === 0) return words.zero;
  const parts = [];
  for (const [size, unit] of [[86400, 'd'], [3600, 'h'], [60, 'min']]) {
    const count = Math.floor(left / size);
    if (count) parts.push(count + words[unit]);
    left -= count * size;
  }
  if (left) parts.push(Number(left.toFixed(3)) + words.s);
  return parts.join(words.joiner);
}

/** The ISO-8601 duration for what a trainer typed ("10 min", "1h30m", 「30秒」, "PT10M"), or null if unreadable. */
export function toIso(text) {
  const typed = String(text ?? '').trim();
  if (/^P/i.test(typed)) return Number.isNaN(seconds(typed)) ? null : typed.toUpperCase();
  const tokens = [...typed.matchAll(/(\d+(?:\.\d+)?)\s*([^\d\s.]+)\s*/g)];
  if (!tokens.length || tokens.map(token => token[0]).join('') !== typed) return null; // nothing left over
  let total = 0;
  for (const [, amount, word] of tokens) {
    const unit = UNITS.find(([, pattern]) => pattern.test(word));
    if (!unit) return null;
    total += Number(amount) * unit[0];
  }
  return `PT${Number(total.toFixed(3))}S`;
}
