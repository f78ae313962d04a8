// The error banner: the API's own message, shown until dismissed or the
// next page is opened.

import { el } from './dom.js';

function box() {
  return document.getElementById('error');
}

export function showError(err) {
  const message = err && err.message ? err.message : String(err);
  const b = box();
  b.replaceChildren(
    el('span', { class: 'error-text' }, el('strong', {}, err && err.status ? `Error ${err.status}: ` : 'Error: '), message),
    el('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', onclick: hideError }, '×'),
  );
  b.hidden = false;
}

export function hideError() {
  box().hidden = true;
}
