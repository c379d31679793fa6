// A cursor-paged listing: the stack of cursors behind "First page" / "Next page", the error line and
// when to ask again. A page says what to ask for and how to show what came back; `show` returns how
// many milliseconds to wait before asking again (a live page) or 0 to stop asking.
import { getJson, query } from './api.js';
import { announce, el } from './dom.js';

export function cursorPager({ path, filters, pageSize, noun, ids, failed, show, retryMs, retrying = () => true }) {
  const cursors = [null];
  let timer = null;
  let stopped = false;

  const first = el('button', { type: 'button', id: ids.first, onclick: () => go(() => cursors.splice(1)) }, 'First page');
  const next = el('button', { type: 'button', id: ids.next, onclick: () => go(() => cursors.push(next.dataset.cursor)) }, 'Next page');
  const error = el('p', { class: 'error', role: 'alert', hidden: true });

  function go(change) {
    change();
    load().then(() => announce(`Page ${cursors.length} of ${noun}`));
  }

  async function load() {
    clearTimeout(timer);
    try {
      const page = await getJson(path + query({ ...filters, limit: pageSize, cursor: cursors[cursors.length - 1] }));
      if (stopped) {
        return;
      }
      error.hidden = true;
      first.disabled = cursors.length === 1;
      next.disabled = !page.next_cursor;
      next.dataset.cursor = page.next_cursor || '';
      const again = show(page, cursors.length);
      if (again) {
        timer = setTimeout(load, again);
      }
    } catch (e) {
      if (stopped || failed(e)) {
        return;
      }
      error.textContent = `Could not load ${noun}: ${e.message}`;
      error.hidden = false;
      if (retrying()) {
        timer = setTimeout(load, retryMs);
      }
    }
  }

  return {
    error,
    buttons: el('div', { class: 'pager' }, first, next),
    load,
    pause() { clearTimeout(timer); },
    stop() { stopped = true; clearTimeout(timer); },
  };
}
