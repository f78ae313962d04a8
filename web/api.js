// The JSON API of `tally serve` (/api/v1/...). A failed request rejects with
// an ApiError carrying the server's own message ({"error":{"message":...}}).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

// URL query from an object, leaving out empty values.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function errorOf(res) {
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = await res.json();
    if (body && body.error && body.error.message) message = body.error.message;
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(res.status, message);
}

// The operator's token of `tally serve --reveal`, kept for this tab only:
// with it the server answers real names instead of pseudonyms.
const TOKEN_KEY = 'tally-reveal-token';

export function revealToken() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setRevealToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export async function fetchOk(path, params) {
  const headers = { Accept: 'application/json' };
  const token = revealToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(`/api/v1/${path}${query(params)}`, { headers });
  } catch (e) {
    throw new ApiError(0, `cannot reach the tally server (${e.message})`);
  }
  if (!res.ok) throw await errorOf(res);
  return res;
}

export async function api(path, params) {
  const res = await fetchOk(path, params);
  return res.json();
}

// Runs fn over items with at most `limit` calls in flight; results in order.
export async function mapLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
