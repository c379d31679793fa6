// The runs page: a filterable, cursor-paged table that refreshes itself while a shown run is running.
import { query } from './api.js';
import { el, formatDuration, formatTime, labelChips, millis, statusBadge } from './dom.js';
import { cursorPager } from './pager.js';

const PAGE_SIZE = 25;
const REFRESH_MS = 2000;
const STATUSES = ['running', 'succeeded', 'failed', 'cancelled'];

export function runsPage(main, _arg, params, failed) {
  const filters = { status: params.get('status') || '', label: params.get('label') || '' };
  const statusSelect = el('select', { id: 'filter-status', name: 'status' },
    el('option', { value: '' }, 'any'),
    STATUSES.map((s) => el('option', { value: s, selected: s === filters.status }, s)));
  const labelInput = el('input', { id: 'filter-label', name: 'label', value: filters.label,
    placeholder: 'name=value', autocomplete: 'off', spellcheck: 'false' });
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter runs',
    onsubmit: (event) => {
      event.preventDefault();
      location.hash = '#/runs' + query({ status: statusSelect.value, label: labelInput.value.trim() });
    } },
  el('div', { class: 'field' }, el('label', { for: 'filter-status' }, 'Status'), statusSelect),
  el('div', { class: 'field' }, el('label', { for: 'filter-label' }, 'Label'), labelInput),
  el('button', { type: 'submit' }, 'Apply'));

  const body = el('tbody');
  const table = el('table', { id: 'runs-table', class: 'runs' },
    el('caption', { class: 'visually-hidden' }, 'Runs, oldest id first'),
    el('thead', {}, el('tr', {},
      ['Run', 'Status', 'Created', 'Duration', 'Git SHA', 'Labels'].map((h) => el('th', { scope: 'col' }, h)))),
    body);
  const refreshNote = el('p', { id: 'refresh-note', class: 'muted small', 'aria-live': 'polite' });
  const pager = cursorPager({ path: '/v1/runs', filters, pageSize: PAGE_SIZE, noun: 'runs', failed, show: render,
    ids: { first: 'first-page', next: 'next-page' }, retryMs: REFRESH_MS * 2 });

  main.append(el('h1', {}, 'Runs'), form, pager.error,
    el('div', { class: 'table-wrap' }, table), pager.buttons, refreshNote);

  function render(page) {
    // A refresh redraws the rows; keep keyboard focus on the same run's link.
    const focused = document.activeElement && document.activeElement.closest('#runs-table tr[data-run-id]');
    const focusedRun = focused ? focused.dataset.runId : null;
    body.replaceChildren(...page.items.map(row));
    if (focusedRun) {
      const again = [...body.querySelectorAll('tr[data-run-id]')].find((tr) => tr.dataset.runId === focusedRun);
      if (again) {
        again.querySelector('a').focus({ preventScroll: true });
      }
    }
    if (page.items.length === 0) {
      body.append(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No runs match.')));
    }
    const live = page.items.some((run) => run.status === 'running');
    refreshNote.textContent = live ? 'Refreshing every 2 s while a run is running.' : '';
    return live ? REFRESH_MS : 0;
  }

  function row(run) {
    const end = run.finished_at ? millis(run.finished_at) : Date.now();
    return el('tr', { 'data-run-id': run.run_id, 'data-status': run.status },
      el('th', { scope: 'row' }, el('a', { href: `#/runs/${encodeURIComponent(run.run_id)}` }, run.run_id)),
      el('td', {}, statusBadge(run.status)),
      el('td', { 'data-label': 'Created' }, el('time', { datetime: run.created_at }, formatTime(run.created_at))),
      el('td', { 'data-label': 'Duration' }, formatDuration(end - millis(run.created_at)) + (run.finished_at ? '' : ' so far')),
      el('td', { 'data-label': 'Git SHA' }, run.git_sha ? el('code', { title: run.git_sha }, run.git_sha.slice(0, 12)) : el('span', { class: 'muted' }, '—')),
      el('td', { 'data-label': 'Labels' }, labelChips(run.labels)));
  }

  pager.load();
  return { stop: pager.stop };
}
