// The run page: its header, the step timeline (polled while the run or a step is running, redrawn every
// half second so running bars grow) and the audit tail.
import { ApiError, getAll, getJson } from './api.js';
import { el, formatDuration, formatTime, labelChips, millis, pretty, statusBadge } from './dom.js';
import { auditTail } from './tail.js';
import { timeline } from './timeline.js';

const POLL_MS = 1500;
const TICK_MS = 500;

export function runPage(main, runId, _params, failed) {
  let stopped = false;
  let pollTimer = null;
  const bars = timeline();
  const tickTimer = setInterval(bars.tick, TICK_MS);
  const header = el('div', { class: 'run-header' }, el('p', { class: 'muted' }, 'Loading run…'));
  const error = el('p', { class: 'error', role: 'alert', hidden: true });
  const tail = auditTail(runId, failed);

  main.append(
    el('p', { class: 'crumbs' }, el('a', { href: '#/runs' }, '← All runs')),
    header, error,
    el('section', { 'aria-labelledby': 'steps-title' }, el('h2', { id: 'steps-title' }, 'Steps'), bars.node),
    el('section', { 'aria-labelledby': 'audit-title' }, el('h2', { id: 'audit-title' }, 'Audit events'), tail.node));

  async function load() {
    try {
      const [run, steps] = await Promise.all([
        getJson(`/v1/runs/${encodeURIComponent(runId)}`),
        getAll(`/v1/runs/${encodeURIComponent(runId)}/steps`),
      ]);
      if (stopped) {
        return;
      }
      error.hidden = true;
      header.replaceChildren(...headerOf(run, steps));
      bars.update(run, steps);
      const moving = run.status === 'running' || steps.some((s) => s.status === 'running');
      if (moving) {
        pollTimer = setTimeout(load, POLL_MS);
      }
    } catch (e) {
      if (stopped || failed(e)) {
        return;
      }
      const missing = e instanceof ApiError && e.status === 404;
      error.textContent = missing ? `There is no run ${runId}.` : `Could not load the run: ${e.message}; retrying…`;
      error.hidden = false;
      if (!missing) {
        pollTimer = setTimeout(load, POLL_MS * 2);
      }
    }
  }

  load();
  return {
    stop() {
      stopped = true;
      clearTimeout(pollTimer);
      clearInterval(tickTimer);
      tail.stop();
    },
  };
}

function headerOf(run, steps) {
  const end = run.finished_at ? millis(run.finished_at) : Date.now();
  const counts = {};
  steps.forEach((step) => { counts[step.status] = (counts[step.status] || 0) + 1; });
  const summary = Object.entries(counts).map(([status, n]) => `${n} ${status}`).join(', ') || 'no steps';
  const fact = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
  return [
    el('h1', {}, el('span', { class: 'run-id' }, run.run_id), ' ', statusBadge(run.status)),
    el('dl', { class: 'facts' },
      fact('Created', el('time', { datetime: run.created_at }, formatTime(run.created_at))),
      fact('Finished', run.finished_at ? el('time', { datetime: run.finished_at }, formatTime(run.finished_at)) : '—'),
      fact('Duration', formatDuration(end - millis(run.created_at)) + (run.finished_at ? '' : ' so far')),
      fact('Steps', summary),
      fact('Git SHA', run.git_sha ? el('code', {}, run.git_sha) : '—'),
      fact('Config hash', run.config_hash ? el('code', { class: 'hash' }, run.config_hash) : '—'),
      fact('Labels', labelChips(run.labels))),
    el('details', { class: 'args', open: true }, el('summary', {}, 'Arguments'), el('pre', { id: 'run-args' }, pretty(run.args))),
  ];
}
