// Small DOM helpers. Every piece of text from the API goes through text
// nodes (el() children, textContent), never through innerHTML, so nothing a
// document says can become markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'value' || k === 'checked' || k === 'selected') node[k] = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// el('a', {href: '#/x', class: 'y'}, 'text', otherNode)
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

// 18000 -> "18,000"; null stays "".
export function thousands(n) {
  return n === null || n === undefined ? '' : numberFormat.format(n);
}

// Spans from the API count Unicode code points; JavaScript strings count
// UTF-16 units. offsets[i] is the UTF-16 index of code point i (with one
// extra entry for the end), so a span [b, e) is
// text.slice(offsets[b], offsets[e]) whatever the script or emoji.
function codePointOffsets(text) {
  const offsets = [];
  let i = 0;
  for (const ch of text) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return offsets;
}

// The text with the code point ranges [[b, e], ...] wrapped in elements made
// by wrap(textNode, rangeIndex). Overlapping ranges: the earlier one wins
// and the later is cut to what is left.
export function markRanges(text, ranges, wrap) {
  const offsets = codePointOffsets(text);
  const last = offsets.length - 1;
  const at = (cp) => offsets[Math.max(0, Math.min(cp, last))];
  const order = ranges.map((r, i) => ({ b: r[0], e: r[1], i })).sort((x, y) => x.b - y.b || y.e - x.e);
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const r of order) {
    const b = Math.max(r.b, pos);
    if (r.e <= b) continue;
    if (b > pos) frag.append(text.slice(at(pos), at(b)));
    frag.append(wrap(document.createTextNode(text.slice(at(b), at(r.e))), r.i));
    pos = r.e;
  }
  if (pos < last) frag.append(text.slice(at(pos)));
  return frag;
}

// The sentence with the figure's words in <mark> (the first occurrence).
export function snippet(sentence, figure) {
  const s = sentence || '';
  const at = figure ? s.indexOf(figure) : -1;
  if (at < 0) return el('span', { class: 'snippet' }, s);
  return el('span', { class: 'snippet' }, s.slice(0, at), el('mark', {}, figure), s.slice(at + figure.length));
}

const STANCE_COLOURS = {
  'official-RU': '#c0392b',
  'official-UA': '#1f5fa8',
  'official-other': '#7d3c98',
  independent: '#1e8449',
};

// The same colours as the HTML report (src/report/svg_chart.cc).
export function stanceColour(stance) {
  return STANCE_COLOURS[stance] || '#7f8c8d';
}

export function stanceSwatch(stance) {
  return el('span', { class: 'swatch', style: `background:${stanceColour(stance)}`, 'aria-hidden': 'true' });
}

export function speakerText(sp) {
  if (!sp) return 'unattributed';
  const who = sp.name || sp.org || '';
  return sp.name && sp.org ? `${who}, ${sp.org}` : who || 'unattributed';
}

export function badge(verdict) {
  return el('span', { class: `badge ${verdict || ''}` }, verdict || '');
}

export function docHref(docId, claimId) {
  return `#/doc/${encodeURIComponent(docId)}` + (claimId ? `?claim=${encodeURIComponent(claimId)}` : '');
}

export function measureHref(key) {
  return `#/measures?focus=${encodeURIComponent(key)}`;
}

// The day part of an ISO date or timestamp, "" for none.
export function day(s) {
  return s ? String(s).slice(0, 10) : '';
}
