// Places (#/places): claims counted by region, as a table with bars (no
// map tiles: nothing is fetched from outside).

import { api } from './api.js';
import { el, thousands } from './dom.js';

export async function render(view, _params, _path, current) {
  const data = await api('places');
  if (!current()) return;
  const places = [...(data.places || [])].sort((a, b) => b.claims - a.claims || a.place.localeCompare(b.place));
  const max = Math.max(1, ...places.map((p) => p.claims));
  view.replaceChildren(
    el('div', { class: 'page-head' }, el('h1', {}, 'Places'),
      el('p', { class: 'muted' }, `Claims that name a region, by region (${places.length} regions). A claim naming two regions counts in both.`)),
    places.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'places' },
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'region'), el('th', { scope: 'col' }, 'code'),
          el('th', { scope: 'col', class: 'num' }, 'claims'), el('th', { scope: 'col', class: 'bar-col' }, ''),
          el('th', { scope: 'col' }, 'by category'))),
        el('tbody', {}, places.map((p) => el('tr', {},
          el('td', {}, el('a', { href: `#/claims?${new URLSearchParams({ place: p.place })}` }, p.name || p.place)),
          el('td', { class: 'muted nowrap' }, p.name && p.name !== p.place ? p.place : ''),
          el('td', { class: 'num' }, thousands(p.claims)),
          el('td', { class: 'bar-col' }, el('div', { class: 'bar', style: `width:${(100 * p.claims) / max}%`, title: `${p.claims} claims` })),
          el('td', { class: 'cats' }, (p.by_category || []).map((c) =>
            el('a', { class: 'chip', href: `#/claims?${new URLSearchParams({ place: p.place, category: c.key })}` }, `${c.key.replace(/_/g, ' ')} ${thousands(c.n)}`))))))))
      : el('p', { class: 'empty' }, 'No claim names a region yet.'));
}
