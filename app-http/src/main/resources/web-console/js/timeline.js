// The step timeline: one lane per step (API order), a bar from started_at to finished_at coloured by
// status. Running bars end at "now" and grow on every tick; pending and skipped steps, which have no
// span, are short markers. Bars are focusable, and hovering or focusing one shows the step's stats.
// Zoom: "Zoom in" halves the time shown (down to 1/64 of the run), "Pan" slides that window along
// the run, "Fit" shows the whole run again; bars outside the window are clipped to its edges.
import { el, formatDuration, formatTime, millis, pretty } from './dom.js';

const AXIS_TICKS = 4;
const MAX_ZOOM = 64;

export function timeline() {
  const lanes = el('ol', { id: 'timeline', class: 'timeline', 'aria-label': 'Steps, one bar each' });
  const axis = el('div', { class: 'axis' });
  const empty = el('p', { class: 'muted' }, 'This run has no steps yet.');
  const axisRow = el('div', { class: 'lane axis-row', 'aria-hidden': 'true' }, el('span'), axis);
  let zoom = 1;
  const pan = el('input', { id: 'timeline-pan', type: 'range', min: '0', max: '1000', value: '0', disabled: true,
    'aria-label': 'Pan the zoomed timeline', oninput: () => tick() });
  const zoomLevel = el('span', { id: 'timeline-zoom-level', class: 'muted small', 'aria-live': 'polite' }, '1×');
  const zoomTo = (next) => {
    zoom = Math.min(Math.max(next, 1), MAX_ZOOM);
    pan.disabled = zoom === 1;
    if (zoom === 1) {
      pan.value = '0';
    }
    zoomLevel.textContent = `${zoom}×`;
    tick();
  };
  const controls = el('div', { class: 'zoom', role: 'group', 'aria-label': 'Timeline zoom' },
    el('button', { type: 'button', id: 'timeline-zoom-in', onclick: () => zoomTo(zoom * 2) }, 'Zoom in'),
    el('button', { type: 'button', id: 'timeline-zoom-out', onclick: () => zoomTo(zoom / 2) }, 'Zoom out'),
    el('button', { type: 'button', id: 'timeline-fit', onclick: () => zoomTo(1) }, 'Fit'),
    zoomLevel, pan);
  const node = el('div', { class: 'timeline-wrap' }, controls, empty, lanes, axisRow);
  const shown = new Map();
  let run = null;
  let steps = [];

  function update(nextRun, nextSteps) {
    run = nextRun;
    steps = nextSteps;
    for (const step of steps) {
      if (!shown.has(step.step_id)) {
        shown.set(step.step_id, lane(step));
      }
    }
    const order = steps.map((step) => shown.get(step.step_id).item);
    if (order.some((item, i) => lanes.children[i] !== item)) {
      lanes.replaceChildren(...order);
    }
    empty.hidden = steps.length > 0;
    axisRow.hidden = steps.length === 0;
    controls.hidden = steps.length === 0;
    tick();
  }

  /** Redraws every bar against the current time; running bars grow. */
  function tick() {
    if (!run) {
      return;
    }
    const now = Date.now();
    const whole = range(now);
    const wholeSpan = Math.max(whole.end - whole.start, 1000);
    const span = wholeSpan / zoom;
    const start = whole.start + (Number(pan.value) / 1000) * (wholeSpan - span);
    const at = (t) => Math.min(Math.max((t - start) / span, 0), 1) * 100;
    for (const step of steps) {
      const parts = shown.get(step.step_id);
      const from = millis(step.started_at);
      const to = step.status === 'running' ? now : millis(step.finished_at);
      let left;
      let width;
      if (Number.isFinite(from)) {
        left = at(from);
        width = Math.max(at(Number.isFinite(to) ? to : now) - left, 0);
      } else {
        left = at(Number.isFinite(to) ? to : start + span);
        width = 0;
      }
      parts.bar.className = `bar status-${step.status}` + (Number.isFinite(from) ? '' : ' marker');
      parts.bar.style.left = `${Math.min(left, 99)}%`;
      parts.bar.style.width = `${width}%`;
      parts.tip.style.left = `${Math.min(left, 50)}%`;
      parts.bar.dataset.status = step.status;
      const duration = Number.isFinite(from) ? formatDuration((Number.isFinite(to) ? to : now) - from) : '—';
      parts.bar.setAttribute('aria-label', `${step.name}: ${step.status}, ${duration}`);
      parts.duration.textContent = duration;
      parts.share.textContent = Number.isFinite(from)
        ? `${(((Number.isFinite(to) ? to : now) - from) / wholeSpan * 100).toFixed(1)} % of the run` : '—';
      parts.status.textContent = step.status;
      parts.started.textContent = formatTime(step.started_at);
      parts.finished.textContent = formatTime(step.finished_at);
      parts.stats.textContent = step.stats && Object.keys(step.stats).length ? pretty(step.stats) : '—';
    }
    axis.replaceChildren(...Array.from({ length: AXIS_TICKS + 1 }, (_, i) =>
      el('span', { style: `left:${(i * 100) / AXIS_TICKS}%` }, i === 0 ? formatTime(new Date(start).toISOString()).slice(11) : `+${formatDuration((span * i) / AXIS_TICKS)}`)));
  }

  function range(now) {
    const times = [millis(run.created_at)];
    for (const step of steps) {
      times.push(millis(step.started_at), millis(step.finished_at));
    }
    const known = times.filter(Number.isFinite);
    const live = run.status === 'running' || steps.some((step) => step.status === 'running');
    return { start: Math.min(...known), end: live ? now : Math.max(...known, millis(run.finished_at) || 0) };
  }

  function lane(step) {
    const tipId = `tip-${step.step_id}`;
    const parts = {
      status: el('dd'), duration: el('dd'), share: el('dd'), started: el('dd'), finished: el('dd'), stats: el('pre'),
    };
    const tip = el('div', { class: 'tip', role: 'tooltip', id: tipId },
      el('strong', {}, step.name),
      el('dl', {}, el('dt', {}, 'Status'), parts.status, el('dt', {}, 'Duration'), parts.duration, el('dt', {}, 'Share'), parts.share,
        el('dt', {}, 'Started'), parts.started, el('dt', {}, 'Finished'), parts.finished,
        el('dt', {}, 'Stats'), el('dd', {}, parts.stats)));
    parts.tip = tip;
    parts.bar = el('div', { class: 'bar', tabindex: '0', role: 'img', 'aria-describedby': tipId, 'data-step-id': step.step_id });
    parts.item = el('li', { class: 'lane', 'data-step-id': step.step_id },
      el('span', { class: 'lane-name', title: step.step_id }, step.name),
      el('div', { class: 'track' }, parts.bar, tip));
    return parts;
  }

  return { node, update, tick };
}
