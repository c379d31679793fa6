// The console's only door to the server: GET requests to /v1 with the session's bearer token.
// The token lives in sessionStorage (this tab only), travels only in the Authorization header and
// is never put in a URL, the page or the console log.

const TOKEN_KEY = 'runledger.token';

/** The API answered 401: no token, or one the server does not know. */
export class Unauthorized extends Error {
  constructor(hadToken) {
    super(hadToken ? 'The server did not accept this token.' : 'This server needs a bearer token.');
    this.hadToken = hadToken;
  }
}

/** Any other failed answer, with the problem's reason and detail when the server sent them. */
export class ApiError extends Error {
  constructor(status, reason, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.reason = reason;
  }
}

export function hasToken() {
  return sessionStorage.getItem(TOKEN_KEY) !== null;
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** GETs an API path (with its query string) and returns the parsed JSON body. */
export async function getJson(path) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token !== null) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(path, { headers, cache: 'no-store', credentials: 'omit' });
  if (response.status === 401) {
    throw new Unauthorized(token !== null);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body && body.reason, body && body.detail);
  }
  return body;
}

/** A query string from the entries whose value is not empty. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.append(name, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Every item of a listing, following next_cursor to the end. */
export async function getAll(path, params = {}) {
  const items = [];
  let cursor = null;
  do {
    const page = await getJson(path + query({ ...params, limit: 1000, cursor }));
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}
