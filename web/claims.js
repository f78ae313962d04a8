// Claims (#/claims?filters): the stored claims as a table, filtered,
// searched, sorted and paged by the API's cursor. The filters, the sort and
// the page's cursor live in the hash, so a view can be shared as a link;
// "previous" walks back the cursors this tab has seen. Export downloads the
// whole filtered set as CSV or JSON Lines.

import { api, fetchOk, query } from './api.js';
import { el, snippet, speakerText, stanceSwatch, docHref, measureHref, thousands, day } from './dom.js';
import { showError } from './errors.js';

const FILTERS = ['category', 'side', 'stance', 'speaker', 'place', 'lang', 'since', 'until', 'q'];
// Filters set by links (a document's claims, a measure's unit and basis)
// rather than the form: shown as chips that can be removed.
const EXTRA = ['doc', 'source', 'unit', 'hedge', 'basis', 'origins'];
const PAGE = 50;

// Cursors of the pages before the current one, per filter set.
const cursorHistory = new Map();

let statsCache = null;
async function stats() {
  if (!statsCache) statsCache = await api('stats');
  return statsCache;
}

let placesCache = null;
async function places() {
  if (!placesCache) placesCache = (await api('places')).places || [];
  return placesCache;
}

function filtersOf(params) {
  const f = {};
  for (const k of [...FILTERS, ...EXTRA]) if (params.get(k)) f[k] = params.get(k);
  f.sort = params.get('sort') === 'date' ? 'date' : '-date';
  return f;
}

function hashOf(filters, cursor) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v && !(k === 'sort' && v === '-date')) q.set(k, v);
  if (cursor) q.set('cursor', cursor);
  const s = q.toString();
  return `#/claims${s ? `?${s}` : ''}`;
}

function select(name, label, options, value) {
  const keys = options.map((o) => (typeof o === 'string' ? { key: o } : o));
  if (value && !keys.some((o) => o.key === value)) keys.push({ key: value });
  return el('label', { class: 'field' }, el('span', {}, label),
    el('select', { name },
      el('option', { value: '' }, 'any'),
      keys.map((o) => el('option', { value: o.key, selected: o.key === value }, o.n === undefined ? o.key : `${o.key} (${thousands(o.n)})`))));
}

function input(name, label, value, attrs = {}) {
  return el('label', { class: 'field' }, el('span', {}, label), el('input', { name, value: value || '', ...attrs }));
}

function extraChips(f, form) {
  return EXTRA.filter((k) => f[k]).map((k) => el('span', { class: 'chip filter-chip' },
    el('input', { type: 'hidden', name: k, value: f[k] }),
    `${k}: ${f[k]} `,
    el('button', { type: 'button', class: 'dismiss', 'aria-label': `Remove the ${k} filter`, onclick: (e) => {
      e.target.closest('.filter-chip').remove();
      form.requestSubmit();
    } }, '×')));
}

function filterForm(f, s, regions) {
  const form = el('form', { class: 'filters', 'aria-label': 'Filters' },
    input('q', 'Full text', f.q, { type: 'search', placeholder: 'words in the documents', class: 'wide' }),
    select('category', 'Category', s.claims_by_category || [], f.category),
    select('side', 'Side', ['RU', 'UA'], f.side),
    select('stance', 'Stance', s.claims_by_stance || [], f.stance),
    input('speaker', 'Speaker', f.speaker, { placeholder: 'name or organisation' }),
    input('place', 'Place', f.place, { placeholder: 'e.g. RU-AMU', size: 8, list: 'place-codes' }),
    el('datalist', { id: 'place-codes' }, regions.map((p) => el('option', { value: p.place }, p.name || p.place))),
    select('lang', 'Language', s.by_lang || [], f.lang),
    input('since', 'From', f.since, { type: 'date' }),
    input('until', 'To', f.until, { type: 'date' }),
    el('label', { class: 'field' }, el('span', {}, 'Sort'),
      el('select', { name: 'sort' },
        el('option', { value: '-date', selected: f.sort === '-date' }, 'newest first'),
        el('option', { value: 'date', selected: f.sort === 'date' }, 'oldest first'))),
    el('div', { class: 'form-actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Apply'),
      el('a', { href: '#/claims', class: 'button' }, 'Reset')));
  const chips = extraChips(f, form);
  if (chips.length) form.append(el('div', { class: 'extra-filters' }, chips));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = {};
    for (const [k, v] of new FormData(form)) if (String(v).trim()) next[k] = String(v).trim();
    location.hash = hashOf(next, null);
  });
  form.querySelector('select[name=sort]').addEventListener('change', () => form.requestSubmit());
  return form;
}

async function download(f, format, button) {
  button.disabled = true;
  try {
    // The export takes the filters, not the table's sort or page.
    const { sort: _sort, ...filters } = f;
    const res = await fetchOk('claims/export', { format, ...filters });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const cd = res.headers.get('Content-Disposition') || '';
    const name = (cd.match(/filename="?([^";]+)"?/) || [])[1] || `tally-claims.${format}`;
    const a = el('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (err) {
    showError(err);
  } finally {
    button.disabled = false;
  }
}

function row(c) {
  const doc = c.doc || {};
  const href = docHref(doc.id, c.id);
  return el('tr', { 'data-claim': c.id },
    el('td', { class: 'nowrap' }, c.date || day(doc.published) || '–'),
    el('td', { class: 'figure nowrap' }, el('a', { href }, c.text)),
    el('td', {}, el('a', { class: 'plain', href: hashOf({ category: c.category }), title: `All ${c.category} claims` }, c.category),
      el('div', { class: 'muted' }, c.side || '')),
    el('td', {}, c.speaker ? stanceSwatch(c.speaker.stance) : null,
      c.speaker && (c.speaker.name || c.speaker.org)
        ? el('a', { class: 'plain', href: hashOf({ speaker: c.speaker.name || c.speaker.org }), title: 'All claims of this speaker' }, speakerText(c.speaker))
        : speakerText(c.speaker),
      c.speaker ? el('div', { class: 'muted' }, c.speaker.stance) : null),
    el('td', {}, doc.source || doc.path || doc.id, el('div', { class: 'muted' }, [doc.lang, (c.places || []).join(', ')].filter(Boolean).join(' · '))),
    el('td', { class: 'sentence' }, snippet(c.sentence, c.text),
      c.measure ? el('div', {}, el('a', { class: 'muted', href: measureHref(c.measure) }, c.measure)) : null));
}

export async function render(view, params, _path, current) {
  const f = filtersOf(params);
  const cursor = params.get('cursor') || '';
  const [s, regions, data] = await Promise.all([stats(), places(), api('claims', { ...f, limit: PAGE, cursor })]);
  if (!current()) return;
  // The cursors of the pages seen so far with these filters, first page ''.
  const key = query(f);
  let stack = cursorHistory.get(key) || [''];
  const at = stack.indexOf(cursor);
  const known = at >= 0;
  stack = known ? stack.slice(0, at + 1) : ['', cursor];
  cursorHistory.set(key, stack);
  const claims = data.claims || [];
  const exportCsv = el('button', { type: 'button' }, 'Export CSV');
  const exportJsonl = el('button', { type: 'button' }, 'Export JSONL');
  exportCsv.addEventListener('click', () => download(f, 'csv', exportCsv));
  exportJsonl.addEventListener('click', () => download(f, 'jsonl', exportJsonl));
  const prev = el('button', { type: 'button', disabled: !cursor, 'data-nav': 'previous' }, '← Previous');
  const next = el('button', { type: 'button', disabled: !data.next, 'data-nav': 'next' }, 'Next →');
  prev.addEventListener('click', () => {
    location.hash = hashOf(f, stack.length > 1 ? stack[stack.length - 2] : null);
  });
  next.addEventListener('click', () => {
    cursorHistory.set(key, [...stack, data.next]);
    location.hash = hashOf(f, data.next);
  });
  const total = typeof data.total === 'number' ? data.total : null;
  const first = (stack.length - 1) * PAGE;
  let pageInfo = total === null ? '' : `${thousands(total)} claim${total === 1 ? '' : 's'}`;
  if (known && claims.length) pageInfo += `${pageInfo ? ', ' : ''}${thousands(first + 1)}–${thousands(first + claims.length)}`;
  const pager = () => el('div', { class: 'pager' }, prev, el('span', { class: 'count' }, pageInfo), next);
  view.replaceChildren(
    el('div', { class: 'page-head' }, el('h1', {}, 'Claims'),
      el('div', { class: 'exports' }, exportCsv, exportJsonl)),
    filterForm(f, s, regions),
    pager(),
    claims.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'claims' },
        el('thead', {}, el('tr', {}, ['date', 'figure', 'category', 'speaker', 'source', 'sentence'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, claims.map(row))))
      : el('p', { class: 'empty' }, 'No claims match these filters.'));
  if (claims.length > 15) view.append(el('div', { class: 'pager bottom' }, prev.cloneNode(true), next.cloneNode(true)));
  for (const b of view.querySelectorAll('.pager.bottom button')) {
    b.addEventListener('click', () => (b.dataset.nav === 'next' ? next : prev).click());
  }
}
