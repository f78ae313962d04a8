// Measures (#/measures, the default page): every measure as a card with its
// verdict, the gap between stances, the latest figure per stance and its
// timeline. ?by=place splits the measures by region; ?focus=KEY scrolls to
// one measure.

import { api, mapLimited } from './api.js';
import { el, badge, thousands, stanceSwatch, docHref } from './dom.js';
import { timeline } from './chart.js';
import { showError } from './errors.js';

function title(m) {
  let what = `${m.category.replace(/_/g, ' ')} · ${m.side}`;
  if (m.unit && m.unit !== 'persons') what += ` · ${m.unit}`;
  return m.place ? `${what} · ${m.place}` : what;
}

// The server words the range ("from 1,351 to more than 18,000"); from the
// finite bounds otherwise.
function range(m) {
  if (m.range) return m.range;
  const pct = m.unit === 'percent' ? '%' : '';
  if (m.low === null || m.low === undefined) return 'without a bound';
  return `from ${thousands(m.low)}${pct} to ${thousands(m.high)}${pct}`;
}

// "latest" is [{stance, point}] (the contract); a {stance: claim id} map is
// accepted too.
function latestList(m) {
  const latest = Array.isArray(m.latest)
    ? m.latest
    : Object.entries(m.latest || {}).map(([stance, id]) => ({ stance, point: { claim: { id } } }));
  return el('ul', { class: 'latest' },
    latest.map(({ stance, point, stale }) => {
      const c = point && point.claim;
      const figure = (point && point.interval_text) || (c && c.text) || '';
      const link = c && c.doc ? el('a', { href: docHref(c.doc.id, c.id) }, figure) : figure;
      const when = point && point.date ? point.date : 'undated';
      return el('li', { class: stale ? 'stale' : null }, stanceSwatch(stance), el('span', { class: 'stance' }, stance), ' ', link,
        stale ? el('span', { class: 'stale-mark', title: 'Older than the window before the newest figure: not compared' }, ` stale, ${when}`)
          : (point && point.date ? el('span', { class: 'muted' }, ` (${point.date})`) : ''));
    }));
}

function card(m) {
  const chartBox = el('div', { class: 'chart-box' }, el('p', { class: 'muted' }, 'Loading chart…'));
  const node = el('article', { class: `card measure ${m.verdict}`, id: `m-${m.key}`, 'data-key': m.key },
    el('header', {},
      el('h2', {}, title(m)),
      badge(m.verdict)),
    el('p', { class: 'key muted' }, m.key),
    m.gap ? el('p', { class: 'gap' }, 'Gap: ', m.gap) : null,
    ...(m.stale || []).map((st) => el('p', { class: 'stale-note muted' }, st.text || `stale: ${st.who} ${st.figure}`)),
    ...(m.checks || []).map((c) => el('p', { class: 'check-note' }, `Check: ${c.text}`)),
    el('p', { class: 'summary' },
      `${thousands(m.origins)} independent origin${m.origins === 1 ? '' : 's'} from ${thousands(m.speakers)} speaker${m.speakers === 1 ? '' : 's'}; figures ${range(m)}.`),
    el('h3', {}, 'Latest figure per stance'),
    latestList(m),
    chartBox,
    el('p', { class: 'card-links' },
      el('a', { href: `#/claims?${claimsQuery(m)}` }, 'All claims of this measure →')));
  return { node, chartBox };
}

function claimsQuery(m) {
  const q = new URLSearchParams({ category: m.category, side: m.side });
  if (m.unit) q.set('unit', m.unit);
  if (m.basis) q.set('basis', m.basis);
  if (m.place) q.set('place', m.place);
  return q.toString();
}

export async function render(view, params, _path, current) {
  const byPlace = params.get('by') === 'place';
  const focus = params.get('focus');
  const data = await api('measures', byPlace ? { by: 'place' } : {});
  if (!current()) return;
  const list = data.measures || [];
  const verdict = params.get('verdict') || '';
  const hashWith = (changes) => {
    const q = new URLSearchParams(params);
    q.delete('focus');
    for (const [k, v] of Object.entries(changes)) (v ? q.set(k, v) : q.delete(k));
    const s = q.toString();
    return `#/measures${s ? `?${s}` : ''}`;
  };
  const toggle = el('label', { class: 'toggle' },
    el('input', { type: 'checkbox', checked: byPlace, onchange: (e) => (location.hash = hashWith({ by: e.target.checked ? 'place' : '' })) }),
    ' split by region');
  const verdicts = el('nav', { class: 'segmented', 'aria-label': 'Verdict' },
    ['', 'disputed', 'consistent', 'apart', 'single-source'].map((v) =>
      el('a', { href: hashWith({ verdict: v }), 'aria-current': v === verdict ? 'true' : null }, v || 'all')));
  const counts = { disputed: 0, consistent: 0, apart: 0, 'single-source': 0 };
  for (const m of list) counts[m.verdict] = (counts[m.verdict] || 0) + 1;
  const grid = el('div', { class: 'cards' });
  view.replaceChildren(
    el('div', { class: 'page-head' },
      el('h1', {}, 'Measures'),
      el('p', { class: 'muted' },
        `${list.length} measures: ${counts.disputed} disputed, ${counts.consistent} consistent, ${counts.apart} apart in time, ${counts['single-source']} single-source. `,
        'Each mark is an independent figure; hover for its source, click to read it.'),
      el('div', { class: 'controls' }, verdicts, toggle)),
    list.length ? grid : el('p', {}, 'No measures yet: ingest some reports first.'));
  const cards = list.filter((m) => !verdict || m.verdict === verdict).map((m) => {
    const c = card(m);
    grid.append(c.node);
    return { m, ...c };
  });
  if (focus) {
    const target = cards.find((c) => c.m.key === focus);
    if (target) {
      target.node.classList.add('focused');
      target.node.scrollIntoView({ block: 'start' });
    }
  }
  // Charts need each measure's points: fetch them a few at a time.
  await mapLimited(cards, 4, async (c) => {
    try {
      const full = await api(`measures/${encodeURIComponent(c.m.key)}`);
      if (!current()) return;
      c.chartBox.replaceChildren(timeline(full.measure));
    } catch (err) {
      if (!current()) return;
      c.chartBox.replaceChildren(el('p', { class: 'inline-error' }, `Chart not available: ${err.message}`));
      showError(err);
    }
  });
  if (focus && current()) {
    const target = cards.find((c) => c.m.key === focus);
    if (target) target.node.scrollIntoView({ block: 'start' });
  }
}
