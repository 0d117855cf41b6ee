// The live timeline's events, passed on to any panel that wants them: onSimEvent('mail', fn) hears mail.queued,
// mail.delivered…; a kind matches itself and every kind below it, as the /sim/events "kind" filter does.

const listeners = [];

export function onSimEvent(kind, listener) {
  listeners.push({ kind, listener });
}

export function publish(event) {
  for (const { kind, listener } of listeners) {
    if (event.kind === kind || event.kind.startsWith(kind + '.')) {
      try {
        listener(event);
      } catch (error) {
        console.error('a panel failed on event', event, error);
      }
    }
  }
}
