// The store page: GET /v1/store (read role), where the store stands, with the audit chain's head and
// the server's last verification of it; then GET /v1/store/check (admin role), the doctor's checks.
// A lower role sees the summary and a note instead of the checks.
import { ApiError, getJson } from './api.js';
import { el, formatTime } from './dom.js';

function chainHead(head) {
  return [`seq ${head.seq}`, head.ts ? `, event at ${formatTime(head.ts)}` : ' (no event there)',
    el('br'), el('code', { class: 'hash' }, head.chain)];
}

// When the server last verified the chain, how far, and what it found (docs/AUDIT_CHAIN.md).
function chainVerified(chain) {
  const v = chain.last_verification;
  if (!v) {
    return chain.verifying ? 'not yet: verifying now' : 'not yet';
  }
  const range = v.through > v.from ? `positions ${v.from + 1}..${v.through} of ${v.head_seq}` : `none of ${v.head_seq} positions`;
  const when = `${formatTime(v.finished_at)}, in ${v.seconds.toFixed(2)} s: `;
  if (v.result === 'broken') {
    const event = v.broken_event_id ? ` (event ${v.broken_event_id})` : '';
    return el('span', { class: 'bad-text' }, `${when}✗ broken at seq ${v.broken_seq}${event}: ${v.broken}`);
  }
  return `${when}✓ ${v.result === 'intact' ? 'intact' : 'intact so far (its time ran out)'}, ${range}`;
}

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
    const fact = (term, value, id) => [el('dt', {}, term), el('dd', { id }, value)];
    const chain = summary.audit_chain;
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
          : 'none'),
        chain && fact('Audit chain head', chainHead(chain.head), 'store-chain-head'),
        chain && fact('Audit chain last verified', chainVerified(chain), 'store-chain-verified')),
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
