// The run's audit events with level and scope filters and a live tail. The tail polls with a cursor:
// next_cursor while the server has more, otherwise a cursor after the last event_id shown (the
// console ships with the server, so it may build the cursor the server would have handed out). A
// failed poll keeps the cursor and retries, so a reconnect neither misses nor repeats an event; the
// ids shown are also remembered, so an event is never listed twice. Because the cursor follows
// event_id order, an event whose id sorts before one already shown but that committed later (a
// concurrent writer, a client-chosen id) would slip behind it: every poll therefore also re-reads
// the events of the last LOOKBACK_MS before the newest one shown and adds those not seen yet.
import { getJson, query } from './api.js';
import { el, formatTime, pretty } from './dom.js';

const PAGE_SIZE = 500;
const POLL_MS = 1500;
const RETRY_MS = 4000;
const LOOKBACK_MS = 10000;
const LEVELS = ['debug', 'info', 'warn', 'error'];

// The API's timestamp form: RFC 3339 UTC with exactly six fractional digits.
function microsTimestamp(millis) {
  return new Date(millis).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

function cursorAfter(eventId) {
  return btoa(eventId).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function auditTail(runId, failed) {
  let filters = { level: '', scope: '' };
  let cursor = null;
  let seen = new Set();
  let newestTs = null;
  let generation = 0;
  let timer = null;
  let inFlight = -1;
  let stopped = false;

  const level = el('select', { id: 'filter-level', name: 'level' },
    el('option', { value: '' }, 'any'), LEVELS.map((l) => el('option', { value: l }, l)));
  const scope = el('input', { id: 'filter-scope', name: 'scope', autocomplete: 'off', spellcheck: 'false', placeholder: 'exact scope' });
  const live = el('input', { id: 'live-tail', type: 'checkbox', checked: true, onchange: () => (live.checked ? poll(generation) : clearTimeout(timer)) });
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter audit events',
    onsubmit: (event) => {
      event.preventDefault();
      filters = { level: level.value, scope: scope.value.trim() };
      restart();
    } },
  el('div', { class: 'field' }, el('label', { for: 'filter-level' }, 'Level'), level),
  el('div', { class: 'field' }, el('label', { for: 'filter-scope' }, 'Scope'), scope),
  el('button', { type: 'submit' }, 'Apply'),
  el('div', { class: 'field check' }, live, el('label', { for: 'live-tail' }, 'Live tail')));
  const state = el('p', { id: 'tail-state', class: 'muted small', 'aria-live': 'polite' });
  const list = el('ol', { id: 'audit-events', class: 'events', 'aria-label': 'Audit events, oldest first' });
  const box = el('div', { class: 'events-box', tabindex: '0', role: 'region', 'aria-label': 'Audit events' }, list);
  const node = el('div', {}, form, box, state);

  function restart() {
    generation += 1;
    clearTimeout(timer);
    cursor = null;
    seen = new Set();
    newestTs = null;
    list.replaceChildren();
    poll(generation);
  }

  async function poll(mine) {
    clearTimeout(timer);
    if (inFlight === mine) {
      return;
    }
    inFlight = mine;
    try {
      let more = true;
      while (more) {
        const page = await getJson('/v1/audit' + query({ run_id: runId, ...filters, limit: PAGE_SIZE, cursor }));
        if (stopped || mine !== generation) {
          return;
        }
        show(page.items);
        if (page.items.length > 0) {
          cursor = page.next_cursor || cursorAfter(page.items[page.items.length - 1].event_id);
        }
        more = Boolean(page.next_cursor);
      }
      if (newestTs !== null && !(await lookBack(mine))) {
        return;
      }
      state.textContent = `${seen.size} event${seen.size === 1 ? '' : 's'}` + (live.checked ? ' · live' : '');
      if (live.checked) {
        timer = setTimeout(() => poll(mine), POLL_MS);
      }
    } catch (e) {
      if (stopped || mine !== generation || failed(e)) {
        return;
      }
      state.textContent = `Connection lost (${e.message}); retrying…`;
      timer = setTimeout(() => poll(mine), RETRY_MS);
    } finally {
      if (inFlight === mine) {
        inFlight = -1;
      }
    }
  }

  // Re-reads the window before the newest event shown; false when this poll was superseded.
  async function lookBack(mine) {
    const since = microsTimestamp(Date.parse(newestTs) - LOOKBACK_MS);
    let back = null;
    let more = true;
    while (more) {
      const page = await getJson('/v1/audit' + query({ run_id: runId, ...filters, since, limit: PAGE_SIZE, cursor: back }));
      if (stopped || mine !== generation) {
        return false;
      }
      show(page.items);
      back = page.next_cursor;
      more = Boolean(back);
    }
    return true;
  }

  function show(events) {
    const atBottom = box.scrollTop + box.clientHeight >= box.scrollHeight - 8;
    for (const event of events) {
      if (seen.has(event.event_id)) {
        continue;
      }
      seen.add(event.event_id);
      if (newestTs === null || Date.parse(event.ts) > Date.parse(newestTs)) {
        newestTs = event.ts;
      }
      list.append(item(event));
    }
    if (atBottom) {
      box.scrollTop = box.scrollHeight;
    }
  }

  function item(event) {
    const hasData = event.data && Object.keys(event.data).length > 0;
    return el('li', { class: `event level-${event.level}`, 'data-event-id': event.event_id },
      el('time', { datetime: event.ts }, formatTime(event.ts)),
      el('span', { class: `level badge level-${event.level}` }, event.level),
      el('span', { class: 'scope' }, event.scope),
      el('span', { class: 'name' }, event.event),
      el('span', { class: 'message' }, event.message),
      hasData ? el('details', { class: 'data' }, el('summary', {}, 'data'), el('pre', {}, pretty(event.data))) : null);
  }

  poll(generation);
  return { node, stop() { stopped = true; clearTimeout(timer); } };
}
