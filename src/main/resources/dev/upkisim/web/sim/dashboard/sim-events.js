// The live timeline's events, passed on to any panel that wants them: onSimEvent('mail', fn) hears mail.queued,
// mail.delivered…; a kind matches itself and every kind below it, as the /sim/events "kind" filter does.

const listeners = [];

export function onSimEvent(kind, listener) {
  listeners.push({ kind, listener });
}

/**
 * reload() once after a burst of events of any of these kinds (e.g. ['fault', 'scenario', 'sim.reset']): a fault
 * that fires on every request, or a scenario that changes five things, makes one reload, not one per event.
 */
export function reloadOn(kinds, reload, waitMs = 300) {
  let pending = null;
  const later = () => {
    clearTimeout(pending);
    pending = setTimeout(reload, waitMs);
  };
  kinds.forEach(kind => onSimEvent(kind, later));
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
