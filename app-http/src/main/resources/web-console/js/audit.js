// The Audit page: events across all runs, searched by level, scope, event, run, text in the message
// and a time range, in event_id order, paged by cursor. With the live tail on, the page polls again
// while it is not full, so new events appear at its end and "Next page" lights up once it fills.
// Each event links to its run. The filters live in the location, to share or reload.
import { query } from './api.js';
import { el, formatTime, pretty } from './dom.js';
import { cursorPager } from './pager.js';

const PAGE_SIZE = 50;
const POLL_MS = 1500;
const LEVELS = ['debug', 'info', 'warn', 'error'];
const TEXT_FILTERS = [
  ['scope', 'Scope', 'exact scope'], ['event', 'Event', 'exact event'],
  ['run_id', 'Run', 'run id'], ['text', 'Message contains', 'text'],
];

// A datetime-local value read as UTC, in the API's form (six fractional digits); '' stays ''.
export function apiTime(local) {
  if (!local) {
    return '';
  }
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return `${withSeconds.slice(0, 19)}.000000Z`;
}

// The API's timestamp as a datetime-local value (UTC, seconds).
export function localTime(api) {
  return api ? api.slice(0, 19) : '';
}

export function auditPage(main, _arg, params, failed) {
  const filters = {};
  for (const name of ['level', 'scope', 'event', 'run_id', 'text', 'since', 'until']) {
    filters[name] = params.get(name) || '';
  }
  const level = el('select', { id: 'audit-level', name: 'level' }, el('option', { value: '' }, 'any'),
    LEVELS.map((l) => el('option', { value: l, selected: l === filters.level }, l)));
  const inputs = Object.fromEntries(TEXT_FILTERS.map(([name, , hint]) => [name,
    el('input', { id: `audit-${name}`, name, value: filters[name], placeholder: hint, autocomplete: 'off', spellcheck: 'false' })]));
  const since = el('input', { id: 'audit-since', name: 'since', type: 'datetime-local', step: '1', value: localTime(filters.since) });
  const until = el('input', { id: 'audit-until', name: 'until', type: 'datetime-local', step: '1', value: localTime(filters.until) });
  const live = el('input', { id: 'audit-live', type: 'checkbox', checked: true, onchange: () => (live.checked ? pager.load() : pager.pause()) });
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Search audit events',
    onsubmit: (event) => {
      event.preventDefault();
      const next = { level: level.value, since: apiTime(since.value), until: apiTime(until.value) };
      TEXT_FILTERS.forEach(([name]) => { next[name] = inputs[name].value.trim(); });
      location.hash = '#/audit' + query(next);
    } },
  el('div', { class: 'field' }, el('label', { for: 'audit-level' }, 'Level'), level),
  TEXT_FILTERS.map(([name, label]) => el('div', { class: 'field' }, el('label', { for: `audit-${name}` }, label), inputs[name])),
  el('div', { class: 'field' }, el('label', { for: 'audit-since' }, 'From (UTC)'), since),
  el('div', { class: 'field' }, el('label', { for: 'audit-until' }, 'Before (UTC)'), until),
  el('button', { type: 'submit' }, 'Search'),
  el('div', { class: 'field check' }, live, el('label', { for: 'audit-live' }, 'Live tail')));

  const body = el('tbody');
  const table = el('table', { id: 'audit-table', class: 'audit' },
    el('caption', { class: 'visually-hidden' }, 'Audit events in event id order'),
    el('thead', {}, el('tr', {}, ['Time', 'Level', 'Run', 'Scope', 'Event', 'Message'].map((h) => el('th', { scope: 'col' }, h)))),
    body);
  const state = el('p', { id: 'audit-state', class: 'muted small', 'aria-live': 'polite' });
  const pager = cursorPager({ path: '/v1/audit', filters, pageSize: PAGE_SIZE, noun: 'audit events', failed, show: render,
    ids: { first: 'audit-first-page', next: 'audit-next-page' }, retryMs: POLL_MS * 2, retrying: () => live.checked });

  main.append(el('h1', {}, 'Audit'), form, pager.error, el('div', { class: 'table-wrap' }, table),
    pager.buttons, state);

  function render(page, pageNumber) {
    const shown = [...body.querySelectorAll('tr[data-event-id]')].map((tr) => tr.dataset.eventId).join();
    if (shown !== page.items.map((e) => e.event_id).join() || page.items.length === 0) {
      body.replaceChildren(...page.items.map(row));
      if (page.items.length === 0) {
        body.append(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No events match.')));
      }
    }
    const tailing = live.checked && !page.next_cursor;
    state.textContent = `Page ${pageNumber} · ${page.items.length} event${page.items.length === 1 ? '' : 's'}`
      + (tailing ? ' · live' : '');
    return tailing ? POLL_MS : 0;
  }

  function row(event) {
    const hasData = event.data && Object.keys(event.data).length > 0;
    return el('tr', { 'data-event-id': event.event_id, 'data-level': event.level },
      el('td', { 'data-label': 'Time' }, el('time', { datetime: event.ts }, formatTime(event.ts))),
      el('td', {}, el('span', { class: `badge level-${event.level}` }, event.level)),
      el('td', { 'data-label': 'Run' }, event.run_id
        ? el('a', { href: `#/runs/${encodeURIComponent(event.run_id)}`, class: 'run-link' }, event.run_id)
        : el('span', { class: 'muted' }, '—')),
      el('td', { 'data-label': 'Scope' }, event.scope),
      el('td', { 'data-label': 'Event' }, event.event),
      el('td', { class: 'message' }, event.message,
        hasData ? el('details', { class: 'data' }, el('summary', {}, 'data'), el('pre', {}, pretty(event.data))) : null));
  }

  pager.load();
  return { stop: pager.stop };
}
