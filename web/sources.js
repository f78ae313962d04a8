// Sources (#/sources): what `tally fetch` knows of each source it polls,
// failing first (the API's order), with the last error in full. The page
// reads the store through the API only: the server never fetches.

import { api } from './api.js';
import { el, thousands } from './dom.js';

// "2026-01-01T10:00:00Z" -> "2026-01-01 10:00"; none -> "—".
function when(iso) {
  return iso ? String(iso).slice(0, 16).replace('T', ' ') : '—';
}

function healthBadge(s) {
  const title = s.failures ? `${s.failures} failed passes in a row` : null;
  return el('span', { class: `badge health ${s.health}`, title }, s.health);
}

function sourceName(s) {
  const target = s.kind === 'telegram' ? `@${s.target}` : s.target;
  return el('div', {}, s.label ? el('div', {}, s.label) : null,
    el('div', { class: s.label ? 'muted target' : 'target' }, target));
}

function row(s) {
  return el('tr', { dataset: { key: s.key, health: s.health } },
    el('td', {}, healthBadge(s)),
    el('td', { class: 'nowrap' }, s.kind),
    el('td', {}, sourceName(s)),
    el('td', { class: 'nowrap' }, when(s.last_fetch)),
    el('td', { class: 'nowrap' }, when(s.last_success)),
    el('td', { class: 'nowrap' }, when(s.next_due)),
    el('td', { class: 'num' }, thousands(s.items_seen)),
    el('td', { class: 'num' }, thousands(s.pages)),
    el('td', { class: 'error-text' }, s.last_error || ''));
}

function emptyState() {
  return el('div', { class: 'empty' },
    el('p', {}, 'No source has been fetched into this store yet.'),
    el('p', {}, 'List feeds, sites and Telegram channels in a sources file (see doc/collect.md), then run ',
      el('code', {}, 'tally fetch --sources FILE'), ' once, or ', el('code', {}, 'tally watch --sources FILE'),
      ' to keep polling them.'));
}

export async function render(view, _params, _path, current) {
  const data = await api('sources');
  if (!current()) return;
  const sources = data.sources || [];
  const failing = sources.filter((s) => s.failures > 0).length;
  view.replaceChildren(
    el('div', { class: 'page-head' }, el('h1', {}, 'Sources'),
      el('p', { class: 'muted' }, `${sources.length} sources, ${failing} failing, as of ${when(data.now)} UTC. `,
        'Items are the new article links (Telegram: posts) taken, all told; pages the URLs fetched.')),
    sources.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'sources' },
        el('thead', {}, el('tr', {}, ['health', 'kind', 'source', 'last fetch', 'last success', 'next due']
          .map((h) => el('th', { scope: 'col' }, h)),
        el('th', { scope: 'col', class: 'num' }, 'items'), el('th', { scope: 'col', class: 'num' }, 'pages'),
        el('th', { scope: 'col' }, 'last error'))),
        el('tbody', {}, sources.map(row))))
      : emptyState());
}
