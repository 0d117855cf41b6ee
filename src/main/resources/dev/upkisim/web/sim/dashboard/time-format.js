// Instants shown the same way everywhere: "2026-04-01 10:15:00" in Japan time or UTC, whatever the browser's zone.
import { language } from './i18n.js';

const formats = new Map();

function format(timeZone) {
  if (!formats.has(timeZone)) {
    formats.set(timeZone, new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }));
  }
  return formats.get(timeZone);
}

/** "YYYY-MM-DD HH:mm:ss" of an instant (ISO string or milliseconds) in the given zone. */
export function dateTime(instant, timeZone = 'Asia/Tokyo') {
  const parts = Object.fromEntries(format(timeZone).formatToParts(new Date(instant)).map(part => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The day of the week in Japan, in the page's language: "土" or "Sat". */
export function weekdayInJapan(instant) {
  return new Intl.DateTimeFormat(language() === 'en' ? 'en-US' : 'ja-JP', { timeZone: 'Asia/Tokyo', weekday: 'short' })
    .format(new Date(instant));
}

/** The ISO-8601 instant to the second: "2026-04-01T01:15:00Z". */
export function isoSeconds(instant) {
  return new Date(Math.floor(new Date(instant).getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
