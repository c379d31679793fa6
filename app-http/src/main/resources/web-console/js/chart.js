// A scatter chart of runs in plain SVG: x is created_at over the chosen range, y the run's duration;
// each point is a link to its run, coloured and shaped by status (a running run, which has no
// duration yet, is a hollow ring on the baseline). Hovering or focusing a point names the run.
import { el, formatDuration, formatTime } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const MIN_WIDTH = 280;
const HEIGHT = 320;
const PAD = { left: 64, right: 16, top: 16, bottom: 36 };
const Y_TICKS = 4;
const NARROW = 560;

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value);
    }
  }
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

/** The chart's node and draw(points, fromMillis, toMillis). */
export function runChart() {
  const tip = el('div', { id: 'chart-tip', class: 'chart-tip', role: 'status', hidden: true });
  const plot = svg('svg', { id: 'runs-chart', role: 'group', 'aria-label': 'Run durations over time; each point is a run' });
  const node = el('div', { class: 'chart-wrap' }, plot, tip);

  function show(point, target) {
    const duration = point.duration_us === null ? 'still running' : formatDuration(point.duration_us / 1000);
    tip.replaceChildren(el('strong', {}, point.run_id), ` · ${point.status} · ${duration}`,
      el('br'), el('span', { class: 'muted-on-dark' }, formatTime(point.created_at)));
    tip.dataset.runId = point.run_id;
    const box = target.getBoundingClientRect();
    const frame = node.getBoundingClientRect();
    tip.hidden = false;
    const left = Math.min(Math.max(box.left - frame.left - tip.offsetWidth / 2, 0), frame.width - tip.offsetWidth);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(box.top - frame.top - tip.offsetHeight - 8, 0)}px`;
  }

  function hide() {
    tip.hidden = true;
  }

  // Drawn at the chart's own pixel width (one user unit a pixel), so text and marks keep their size.
  function draw(points, from, to) {
    const WIDTH = Math.max(plot.clientWidth || node.clientWidth, MIN_WIDTH);
    const X_TICKS = WIDTH < NARROW ? 2 : 4;
    plot.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    const span = Math.max(to - from, 1);
    const maxDuration = Math.max(1, ...points.map((p) => p.duration_us || 0));
    const x = (t) => PAD.left + ((t - from) / span) * (WIDTH - PAD.left - PAD.right);
    const y = (us) => HEIGHT - PAD.bottom - (us / maxDuration) * (HEIGHT - PAD.top - PAD.bottom);
    const grid = [];
    for (let i = 0; i <= Y_TICKS; i++) {
      const value = (maxDuration * i) / Y_TICKS;
      grid.push(svg('line', { class: 'grid', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(value), y2: y(value) }),
        svg('text', { class: 'tick', x: PAD.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, formatDuration(value / 1000)));
    }
    for (let i = 0; i <= X_TICKS; i++) {
      const t = from + (span * i) / X_TICKS;
      const anchor = i === 0 ? 'start' : i === X_TICKS ? 'end' : 'middle';
      grid.push(svg('text', { class: 'tick', x: x(t), y: HEIGHT - 12, 'text-anchor': anchor },
        formatTime(new Date(t).toISOString()).slice(5, 16)));
    }
    const marks = points.map((point) => {
      const cx = x(Date.parse(point.created_at));
      const cy = point.duration_us === null ? y(0) : y(point.duration_us);
      const duration = point.duration_us === null ? 'still running' : formatDuration(point.duration_us / 1000);
      const label = `${point.run_id}: ${point.status}, ${duration}, created ${formatTime(point.created_at)}`;
      const shape = point.status === 'failed'
        ? svg('rect', { x: cx - 5, y: cy - 5, width: 10, height: 10 })
        : svg('circle', { cx, cy, r: point.status === 'cancelled' ? 4 : 5 });
      const link = svg('a', { href: `#/runs/${encodeURIComponent(point.run_id)}`, class: `point status-${point.status}`,
        'data-run-id': point.run_id, 'data-status': point.status, 'aria-label': label }, shape);
      link.addEventListener('mouseenter', () => show(point, shape));
      link.addEventListener('focus', () => show(point, shape));
      link.addEventListener('mouseleave', hide);
      link.addEventListener('blur', hide);
      return link;
    });
    plot.replaceChildren(svg('g', { 'aria-hidden': 'true' }, grid), svg('g', { class: 'points' }, marks));
    hide();
  }

  return { node, draw };
}
