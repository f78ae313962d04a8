// Search (#/search?q=...): full-text search over the documents, each result
// with its snippet and the matched words highlighted (code point ranges of
// the snippet), paged by the API's cursor.

import { api } from './api.js';
import { el, markRanges, thousands, docHref, day } from './dom.js';

const PAGE = 20;

export async function render(view, params, _path, current) {
  const q = (params.get('q') || '').trim();
  if (!q) {
    view.replaceChildren(el('h1', {}, 'Search'), el('p', { class: 'muted' }, 'Type words into the search box above.'));
    return;
  }
  const cursor = params.get('cursor') || '';
  const data = await api('search', { q, limit: PAGE, cursor });
  if (!current()) return;
  const results = data.results || [];
  const more = (c) => `#/search?${new URLSearchParams(c ? { q, cursor: c } : { q })}`;
  view.replaceChildren(
    el('div', { class: 'page-head' }, el('h1', {}, 'Search: ', el('q', {}, q)),
      el('p', { class: 'muted' }, typeof data.total === 'number' ? `${thousands(data.total)} document${data.total === 1 ? '' : 's'}` : '',
        ' · ', el('a', { href: `#/claims?${new URLSearchParams({ q })}` }, 'claims in these documents'))),
    results.length
      ? el('ol', { class: 'results' }, results.map((r) => {
        const d = r.doc || {};
        return el('li', { class: 'result' },
          el('a', { class: 'result-title', href: docHref(d.id), lang: d.lang || null }, d.title || d.id),
          el('div', { class: 'muted' }, [d.source, day(d.published), d.lang, `${thousands(r.claims || 0)} claims`].filter(Boolean).join(' · ')),
          el('p', { class: 'result-snippet', lang: d.lang || null },
            markRanges(r.snippet || '', r.highlights || [], (node) => el('mark', {}, node))));
      }))
      : el('p', { class: 'empty' }, 'Nothing found.'),
    el('div', { class: 'pager' },
      cursor ? el('a', { class: 'button', href: more('') }, '← First page') : null,
      data.next ? el('a', { class: 'button', href: more(data.next), 'data-nav': 'next' }, 'Next →') : null));
}
