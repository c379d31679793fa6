// The console's shell: a hash router (#/runs, #/runs/<id>, #/trends, #/audit, #/store), the token prompt, and the
// lifecycle of the shown page (its timers stop when another page is shown).
import { Unauthorized, forgetToken, hasToken, setToken } from './api.js';
import { el } from './dom.js';
import { runsPage } from './runs.js';
import { runPage } from './run.js';
import { storePage } from './store.js';
import { auditPage } from './audit.js';
import { trendsPage } from './trends.js';

const main = document.getElementById('main');
const dialog = document.getElementById('token-dialog');
const forgetButton = document.getElementById('forget-token');
let current = null;

function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#/, '')) || '/runs';
  const [path, search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  const run = path.match(/^\/runs\/(.+)$/);
  if (run) {
    return { nav: 'runs', page: runPage, arg: run[1], params };
  }
  if (path === '/store') {
    return { nav: 'store', page: storePage, arg: null, params };
  }
  if (path === '/audit') {
    return { nav: 'audit', page: auditPage, arg: null, params };
  }
  if (path === '/trends') {
    return { nav: 'trends', page: trendsPage, arg: null, params };
  }
  return { nav: 'runs', page: runsPage, arg: null, params };
}

function show() {
  if (current) {
    current.stop();
  }
  const target = route();
  document.querySelectorAll('[data-nav]').forEach((link) => {
    if (link.dataset.nav === target.nav) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  forgetButton.hidden = !hasToken();
  main.replaceChildren();
  current = target.page(main, target.arg, target.params, failed);
}

/** What a page calls when a request failed; a 401 stops the page and asks for a token. */
function failed(error) {
  if (error instanceof Unauthorized) {
    if (current) {
      current.stop();
    }
    if (error.hadToken) {
      forgetToken();
    }
    askForToken(error.message);
    return true;
  }
  return false;
}

function askForToken(why) {
  document.getElementById('token-why').textContent = `${why} The read role is enough.`;
  main.replaceChildren(el('p', { class: 'notice' }, 'Waiting for a bearer token.'));
  if (!dialog.open) {
    dialog.showModal();
  }
  document.getElementById('token-input').focus();
}

document.getElementById('token-form').addEventListener('submit', () => {
  const input = document.getElementById('token-input');
  const token = input.value.trim();
  input.value = '';
  if (token) {
    setToken(token);
  }
  show();
});

dialog.addEventListener('cancel', (event) => event.preventDefault());

forgetButton.addEventListener('click', () => {
  forgetToken();
  show();
});

window.addEventListener('hashchange', () => {
  show();
  main.focus({ preventScroll: true });
});
show();
