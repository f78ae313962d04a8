// The dashboard's shell: hash routes (#/measures, #/claims?..., #/doc/<id>,
// #/places, #/sources, #/search?q=...), the search box, the stats line and the error
// banner. Each page module exports render(view, params, path, current) and
// builds its view from the API with DOM calls only; current() turns false
// once another route has started, so a slow answer never paints over it.

import { api, revealToken, setRevealToken } from './api.js';
import { el, thousands } from './dom.js';
import { showError, hideError } from './errors.js';
import * as measures from './measures.js';
import * as claims from './claims.js';
import * as documentPage from './document.js';
import * as places from './places.js';
import * as search from './search.js';
import * as sources from './sources.js';

const pages = { measures, claims, doc: documentPage, places, sources, search };

const main = document.getElementById('main');

// "#/claims?side=RU" -> {page: 'claims', path: [], params: URLSearchParams}
function parseHash(hash = location.hash) {
  const h = hash.replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const route = (q < 0 ? h : h.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  return { page: route[0] || 'measures', path: route.slice(1), params };
}

let generation = 0;

async function route() {
  const { page, path, params } = parseHash();
  const mod = pages[page];
  for (const a of document.querySelectorAll('nav a')) {
    a.toggleAttribute('aria-current', a.dataset.page === page);
  }
  hideError();
  const mine = ++generation;
  const view = el('div', { class: `page page-${page}` }, el('p', { class: 'muted' }, 'Loading…'));
  main.replaceChildren(view);
  if (!mod) {
    view.replaceChildren(el('h1', {}, 'Not found'), el('p', {}, 'No such page. ', el('a', { href: '#/measures' }, 'Go to the measures.')));
    return;
  }
  document.getElementById('search-input').value = page === 'search' ? params.get('q') || '' : '';
  try {
    await mod.render(view, params, path, () => mine === generation);
  } catch (err) {
    if (mine !== generation) return;
    view.replaceChildren(el('p', { class: 'muted' }, 'This view could not be loaded.'));
    showError(err);
  }
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

window.addEventListener('hashchange', route);
window.addEventListener('unhandledrejection', (e) => showError(e.reason));

// The operator's token (tally serve --reveal): entered here, sent with every
// request of this tab until forgotten.
function tokenControl() {
  if (revealToken()) {
    return el('span', {}, 'Names are requested with the operator token. ',
      el('button', { type: 'button', class: 'link', onclick: () => { setRevealToken(''); location.reload(); } }, 'Forget the token'));
  }
  const input = el('input', { type: 'password', name: 'token', placeholder: 'operator token', 'aria-label': 'Operator token', autocomplete: 'off' });
  const form = el('form', { class: 'token-form' }, input, el('button', { type: 'submit' }, 'Reveal names'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) {
      setRevealToken(input.value.trim());
      location.reload();
    }
  });
  return el('details', { class: 'token' }, el('summary', {}, 'Operator'), form);
}

async function footer() {
  const box = document.getElementById('footer');
  try {
    const s = await api('stats');
    box.replaceChildren(
      el('p', {}, `${thousands(s.documents)} documents · ${thousands(s.claims)} claims · ${thousands(s.clusters)} near-duplicate clusters. `,
        revealToken() ? '' : 'Private people appear only as pseudonyms.'),
      tokenControl(),
    );
  } catch (err) {
    showError(err);
  }
}

route();
footer();
