// Small DOM and formatting helpers. Everything from the API is inserted as text, never as HTML.

/** An element with attributes (on* keys become listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** A status as a coloured badge; the word is always shown, so colour is never the only cue. */
export function statusBadge(status) {
  return el('span', { class: `badge status-${status}` }, status);
}

export function millis(timestamp) {
  return timestamp ? Date.parse(timestamp) : NaN;
}

/** 2026-11-21 10:00:03 (UTC), the way the API stores it, without fractions. */
export function formatTime(timestamp) {
  return timestamp ? timestamp.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace('Z', ' UTC') : '—';
}

/** 850 ms, 12.3 s, 4 min 05 s, 2 h 03 min. */
export function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) {
    return '—';
  }
  if (ms < 1000) {
    return `${Math.round(ms)} ms`;
  }
  if (ms < 60_000) {
    return `${(ms / 1000).toFixed(1)} s`;
  }
  const seconds = Math.floor(ms / 1000);
  if (seconds < 3600) {
    return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  }
  return `${Math.floor(seconds / 3600)} h ${String(Math.floor(seconds / 60) % 60).padStart(2, '0')} min`;
}

/** Labels as name=value chips. */
export function labelChips(labels) {
  const entries = Object.entries(labels || {});
  if (entries.length === 0) {
    return el('span', { class: 'muted' }, '—');
  }
  return el('ul', { class: 'chips' }, entries.map(([name, value]) => el('li', { class: 'chip' }, `${name}=${value}`)));
}

/** Says something to screen readers without moving focus. */
export function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = '';
  region.textContent = text;
}

export function pretty(json) {
  return JSON.stringify(json, null, 2);
}
