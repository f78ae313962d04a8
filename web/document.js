// Document (#/doc/<id>?claim=<claim id>): the extracted text with every
// claim marked at its span ([begin, end) in code points of the text, which
// markRanges() maps to UTF-16 offsets), each mark linked to its claim's
// details and measure; the selected claim is scrolled into view. Beside the
// text: the document's claims and its near-duplicates.

import { api } from './api.js';
import { el, markRanges, speakerText, stanceSwatch, stanceColour, docHref, measureHref, day } from './dom.js';

function meta(d) {
  const items = [
    ['source', d.source],
    ['published', day(d.published)],
    ['language', d.lang],
    ['format', d.format],
    ['file', d.path],
    ['id', d.id],
  ].filter(([, v]) => v);
  const item = (k, v) => el('span', { class: 'meta-item' }, el('span', { class: 'k' }, `${k}: `), v);
  return el('p', { class: 'doc-meta' },
    items.map(([k, v]) => item(k, v)),
    d.url ? item('url', el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, d.url)) : null);
}

// A title for a document without one: its first line, shortened.
function firstLine(text) {
  const line = (text || '').split('\n', 1)[0].trim();
  const cps = Array.from(line);
  return cps.length > 120 ? `${cps.slice(0, 117).join('')}…` : line;
}

function details(c) {
  if (!c) return el('p', { class: 'muted' }, 'Select a highlighted figure to see its claim.');
  const q = c.quantity || {};
  const rows = [
    ['figure', c.text],
    ['category', c.category],
    ['side', c.side],
    ['counts', c.group],
    ['speaker', speakerText(c.speaker)],
    ['stance', c.speaker && c.speaker.stance],
    ['channel', c.channel],
    ['hedge', c.hedge],
    ['period', c.period && (c.period.from || c.period.to) ? `${c.period.from || '…'} – ${c.period.to || '…'}` : null],
    ['basis', c.basis],
    ['places', (c.places || []).join(', ')],
    ['units', (c.units || []).join(', ')],
    ['unit', q.unit],
    ['claim', c.id],
  ].filter(([, v]) => v);
  return el('div', { class: 'claim-details' },
    el('dl', {}, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, k === 'stance' ? [stanceSwatch(v), v] : v)])),
    c.measure ? el('p', {}, el('a', { href: measureHref(c.measure), class: 'measure-link' }, `Measure ${c.measure} →`)) : null,
    c.echoes && c.echoes.echoes ? el('p', { class: 'muted' }, `Repeated ${c.echoes.echoes}× in ${c.echoes.outlets} outlets.`) : null);
}

export async function render(view, params, path, current) {
  const id = path[0];
  if (!id) throw new Error('no document id in the address');
  const data = await api(`documents/${encodeURIComponent(id)}`);
  if (!current()) return;
  const d = data.document;
  const claims = data.claims || [];
  const selected = params.get('claim');
  const panel = el('div', { class: 'panel-body' });
  const marks = new Map();
  const select = (c, scroll) => {
    for (const m of view.querySelectorAll('mark.claim.selected')) m.classList.remove('selected');
    for (const r of view.querySelectorAll('tr.selected')) r.classList.remove('selected');
    const m = c && marks.get(c.id);
    if (m) {
      m.classList.add('selected');
      if (scroll) m.scrollIntoView({ block: 'center' });
    }
    const r = c && view.querySelector(`tr[data-claim="${CSS.escape(c.id)}"]`);
    if (r) r.classList.add('selected');
    panel.replaceChildren(details(c));
  };
  const text = markRanges(d.text || '', claims.map((c) => c.span), (node, i) => {
    const c = claims[i];
    const colour = stanceColour(c.speaker ? c.speaker.stance : 'unattributed');
    const m = el('mark', {
      class: 'claim',
      id: `claim-${c.id}`,
      'data-claim': c.id,
      tabindex: '0',
      title: `${c.category} · ${c.side || ''} · ${speakerText(c.speaker)}${c.measure ? ` · ${c.measure}` : ''}`,
      style: `border-bottom-color:${colour}`,
    }, node);
    m.addEventListener('click', () => {
      history.replaceState(null, '', docHref(d.id, c.id));
      select(c, false);
    });
    m.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') m.click();
    });
    marks.set(c.id, m);
    return m;
  });
  const claimTable = el('table', { class: 'doc-claims' },
    el('thead', {}, el('tr', {}, ['figure', 'speaker', 'measure'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, claims.map((c) => {
      const tr = el('tr', { 'data-claim': c.id },
        el('td', {}, el('a', { href: docHref(d.id, c.id) }, c.text)),
        el('td', {}, c.speaker ? stanceSwatch(c.speaker.stance) : null, speakerText(c.speaker)),
        el('td', {}, c.measure ? el('a', { href: measureHref(c.measure) }, c.measure) : '–'));
      tr.querySelector('a').addEventListener('click', (e) => {
        e.preventDefault();
        history.replaceState(null, '', docHref(d.id, c.id));
        select(c, true);
      });
      return tr;
    })));
  const dups = data.duplicates || [];
  const original = data.original && data.original !== d.id ? data.original : null;
  view.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/claims' }, '← Claims'), ' · ', el('a', { href: `#/claims?${new URLSearchParams({ doc: d.id })}` }, 'this document\'s claims in the table')),
    el('h1', { lang: d.lang || null }, d.title || firstLine(d.text) || d.id),
    meta(d),
    el('div', { class: 'doc-layout' },
      el('article', { class: 'doc-text', lang: d.lang || null }, text),
      el('aside', { class: 'doc-side' },
        el('section', { class: 'panel' }, el('h2', {}, 'Selected claim'), panel),
        el('section', { class: 'panel' }, el('h2', {}, `Claims in this document (${claims.length})`),
          claims.length ? claimTable : el('p', { class: 'muted' }, 'No claims were found in this document.')),
        el('section', { class: 'panel duplicates' }, el('h2', {}, 'Duplicates'),
          original ? el('p', {}, 'A copy of ', el('a', { href: docHref(original) }, original), ', the earliest of its cluster.') : null,
          dups.length
            ? el('ul', {}, dups.map((x) => el('li', {},
              el('a', { href: docHref(x.id) }, x.title || x.id), ' ',
              el('span', { class: 'muted' }, [x.source, day(x.published), typeof x.jaccard === 'number' ? `similarity ${x.jaccard.toFixed(2)}` : ''].filter(Boolean).join(' · ')))))
            : el('p', { class: 'muted' }, 'No near-duplicates stored.')))));
  const c = claims.find((x) => x.id === selected);
  if (selected && !c) {
    panel.replaceChildren(el('p', { class: 'inline-error' }, `Claim ${selected} is not in this document.`));
  } else {
    select(c || null, true);
  }
}
