// Runs over time: for a chosen range, label and status, the runs as a duration-over-time chart and,
// from GET /v1/runs/stats, success rate and p50/p95 duration overall and per value of a label. The
// choices live in the location, to share or reload.
import { getJson, query } from './api.js';
import { el, formatDuration } from './dom.js';
import { runChart } from './chart.js';

const RANGES = [['2', 'Last 2 hours'], ['24', 'Last 24 hours'], ['168', 'Last 7 days'], ['720', 'Last 30 days'], ['2160', 'Last 90 days']];
const STATUSES = ['running', 'succeeded', 'failed', 'cancelled'];
const HOUR_MS = 3_600_000;

// The API's timestamp form: RFC 3339 UTC with exactly six fractional digits.
function apiTimestamp(millis) {
  return new Date(millis).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function trendsPage(main, _arg, params, failed) {
  const choice = {
    hours: params.get('hours') || '168', status: params.get('status') || '', label: params.get('label') || '',
    group_by: params.has('group_by') ? params.get('group_by') : 'team',
  };
  let stopped = false;

  const hours = el('select', { id: 'trend-range', name: 'hours' },
    RANGES.map(([value, text]) => el('option', { value, selected: value === choice.hours }, text)));
  const status = el('select', { id: 'trend-status', name: 'status' }, el('option', { value: '' }, 'any'),
    STATUSES.map((s) => el('option', { value: s, selected: s === choice.status }, s)));
  const label = el('input', { id: 'trend-label', name: 'label', value: choice.label, placeholder: 'name=value', autocomplete: 'off', spellcheck: 'false' });
  const groupBy = el('input', { id: 'trend-group', name: 'group_by', value: choice.group_by, placeholder: 'label name', autocomplete: 'off', spellcheck: 'false' });
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Choose runs',
    onsubmit: (event) => {
      event.preventDefault();
      location.hash = '#/trends' + query({ hours: hours.value, status: status.value, label: label.value.trim(), group_by: groupBy.value.trim() || '-' });
    } },
  el('div', { class: 'field' }, el('label', { for: 'trend-range' }, 'Range'), hours),
  el('div', { class: 'field' }, el('label', { for: 'trend-status' }, 'Status'), status),
  el('div', { class: 'field' }, el('label', { for: 'trend-label' }, 'Label'), label),
  el('div', { class: 'field' }, el('label', { for: 'trend-group' }, 'Per value of'), groupBy),
  el('button', { type: 'submit' }, 'Show'));

  const chart = runChart();
  const note = el('p', { id: 'chart-note', class: 'muted small', 'aria-live': 'polite' });
  const body = el('tbody');
  const table = el('table', { id: 'stats-table' },
    el('caption', { class: 'visually-hidden' }, 'Success rate and durations per label value'),
    el('thead', {}, el('tr', {}, ['Group', 'Runs', 'Succeeded', 'Failed', 'Cancelled', 'Running', 'Success rate', 'p50', 'p95']
      .map((h) => el('th', { scope: 'col' }, h)))),
    body);
  const error = el('p', { class: 'error', role: 'alert', hidden: true });
  main.append(el('h1', {}, 'Runs over time'), form, error,
    el('section', { 'aria-labelledby': 'chart-title' }, el('h2', { id: 'chart-title' }, 'Durations and outcomes'),
      el('ul', { class: 'legend', 'aria-label': 'Legend' }, STATUSES.map((s) => el('li', { class: `legend-${s}` }, s))),
      chart.node, note),
    el('section', { 'aria-labelledby': 'stats-title' }, el('h2', { id: 'stats-title' }, 'Success rate and durations'),
      el('div', { class: 'table-wrap' }, table)));

  async function load() {
    const to = Date.now();
    const from = to - Number(choice.hours) * HOUR_MS;
    const group = choice.group_by === '-' ? '' : choice.group_by;
    try {
      const stats = await getJson('/v1/runs/stats' + query({ from: apiTimestamp(from), to: apiTimestamp(to),
        status: choice.status, label: choice.label, group_by: group }));
      if (stopped) {
        return;
      }
      error.hidden = true;
      chart.draw(stats.points, from, to);
      note.textContent = `${stats.points.length} run${stats.points.length === 1 ? '' : 's'} shown`
        + (stats.points_truncated ? ` — the latest ${stats.points_limit} of ${stats.overall.runs}; narrow the range to see earlier ones.` : '.');
      body.replaceChildren(row('All runs', stats.overall), ...stats.groups.map((g) => row(`${stats.group_by}=${g.label_value}`, g)));
    } catch (e) {
      if (stopped || failed(e)) {
        return;
      }
      error.textContent = `Could not load the figures: ${e.message}`;
      error.hidden = false;
    }
  }

  function row(name, group) {
    const rate = group.success_rate === null ? '—' : `${(group.success_rate * 100).toFixed(1)} %`;
    const micros = (us) => (us === null ? '—' : formatDuration(us / 1000));
    return el('tr', { 'data-group': group.label_value === null ? '' : group.label_value },
      el('th', { scope: 'row' }, name), el('td', {}, group.runs), el('td', {}, group.counts.succeeded),
      el('td', {}, group.counts.failed), el('td', {}, group.counts.cancelled), el('td', {}, group.counts.running),
      el('td', { class: 'rate' }, rate), el('td', { class: 'p50' }, micros(group.p50_duration_us)),
      el('td', { class: 'p95' }, micros(group.p95_duration_us)));
  }

  load();
  return { stop() { stopped = true; } };
}
