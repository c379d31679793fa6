// The store page: GET /v1/store (read role), where the store stands; then GET /v1/store/check
// (admin role), the doctor's checks. A lower role sees the summary and a note instead of the checks.
import { ApiError, getJson } from './api.js';
import { el } from './dom.js';

function verdict(report) {
  return el('p', { id: 'store-verdict', class: `verdict ${report.ok ? 'ok' : 'bad'}` },
    report.ok ? '✓ The store is healthy.' : `✗ The store needs attention: ${report.reason}`);
}

function checksTable(report) {
  return el('div', { class: 'table-wrap' }, el('table', { id: 'store-checks' },
    el('thead', {}, el('tr', {}, ['Check', 'Result', 'Detail'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, report.checks.map((check) => el('tr', { 'data-check': check.name },
      el('th', { scope: 'row' }, check.name),
      el('td', {}, el('span', { class: `badge ${check.ok ? 'status-succeeded' : 'status-failed'}` }, check.ok ? 'ok' : 'failed')),
      el('td', {}, check.detail))))));
}

export function storePage(main, _arg, _params, failed) {
  let stopped = false;
  main.append(el('h1', {}, 'Store'));
  const body = el('div', {}, el('p', { class: 'muted' }, 'Reading the store…'));
  main.append(body);

  getJson('/v1/store').then((summary) => {
    if (stopped) {
      return null;
    }
    const fact = (term, value) => [el('dt', {}, term), el('dd', {}, value)];
    const checks = el('div', { id: 'store-checks-area' }, el('p', { class: 'muted' }, 'Running the doctor\'s checks…'));
    body.replaceChildren(
      verdict(summary),
      el('dl', { class: 'facts', id: 'store-facts' },
        fact('Backend', summary.store_backend),
        fact('Persistence mode', summary.persistence_mode),
        fact('Schema version', String(summary.schema_version)),
        fact('Schema head (this binary)', String(summary.schema_head)),
        fact('Initialized', summary.initialized ? 'yes' : 'no'),
        fact('Last audit prune', summary.last_prune
          ? `${summary.last_prune.pruned_at}: ${summary.last_prune.count} events before ${summary.last_prune.before}`
            + ` in ${summary.last_prune.archive} (${summary.last_prune.archive_hash})`
          : 'none')),
      el('h2', {}, 'Doctor checks'),
      checks);
    return getJson('/v1/store/check').then((report) => {
      if (!stopped) {
        body.querySelector('#store-verdict').replaceWith(verdict(report));
        checks.replaceChildren(checksTable(report));
      }
    }).catch((e) => {
      if (stopped) {
        return;
      }
      if (e instanceof ApiError && e.status === 403) {
        checks.replaceChildren(el('p', { id: 'store-checks-note', class: 'muted' },
          'The doctor\'s checks need a token with the admin role.'));
      } else {
        throw e;
      }
    });
  }).catch((e) => {
    if (!stopped && !failed(e)) {
      body.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not examine the store: ${e.message}`));
    }
  });
  return { stop() { stopped = true; } };
}
