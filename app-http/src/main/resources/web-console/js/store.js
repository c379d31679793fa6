// The store page: GET /v1/store, the doctor's report on the served store.
import { getJson } from './api.js';
import { el } from './dom.js';

export function storePage(main, _arg, _params, failed) {
  let stopped = false;
  main.append(el('h1', {}, 'Store'));
  const body = el('div', {}, el('p', { class: 'muted' }, 'Examining the store…'));
  main.append(body);

  getJson('/v1/store').then((report) => {
    if (stopped) {
      return;
    }
    const fact = (term, value) => [el('dt', {}, term), el('dd', {}, value)];
    body.replaceChildren(
      el('p', { id: 'store-verdict', class: `verdict ${report.ok ? 'ok' : 'bad'}` },
        report.ok ? '✓ The store is healthy.' : `✗ The store needs attention: ${report.reason}`),
      el('dl', { class: 'facts', id: 'store-facts' },
        fact('Backend', report.store_backend),
        fact('Persistence mode', report.persistence_mode),
        fact('Schema version', String(report.schema_version)),
        fact('Schema head (this binary)', String(report.schema_head)),
        fact('Initialized', report.initialized ? 'yes' : 'no')),
      el('h2', {}, 'Doctor checks'),
      el('div', { class: 'table-wrap' }, el('table', { id: 'store-checks' },
        el('thead', {}, el('tr', {}, ['Check', 'Result', 'Detail'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, report.checks.map((check) => el('tr', { 'data-check': check.name },
          el('th', { scope: 'row' }, check.name),
          el('td', {}, el('span', { class: `badge ${check.ok ? 'status-succeeded' : 'status-failed'}` }, check.ok ? 'ok' : 'failed')),
          el('td', {}, check.detail)))))));
  }).catch((e) => {
    if (!stopped && !failed(e)) {
      body.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not examine the store: ${e.message}`));
    }
  });
  return { stop() { stopped = true; } };
}
