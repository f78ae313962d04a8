// A measure's timeline: one mark per independent figure, x = the figure's
// own date (its period's end, else its report's day), y = its interval, coloured by the speaker's stance, as in
// the static report (src/report/svg_chart.cc): a point for an exact figure,
// a bar for a range, an arrow head where an end is open ("more than 18,000"
// points up, "up to 100" down). Values use a linear scale from zero, or a
// log scale when they span more than two orders of magnitude. Undated
// figures stand in their own strip at the right. One speaker's dated figures
// are joined in date order under the marks: a day's counts read as a series,
// running totals as a line of intervals. Hovering or focusing a mark
// shows its figure, speaker and sentence; clicking opens its document.

import { el, svg, thousands, stanceColour, speakerText, snippet, docHref, day } from './dom.js';

const W = 640;
const H = 280;
const M = { left: 78, right: 16, top: 18, bottom: 58 };
const UNDATED_W = 56;
const DAY_MS = 86400000;

function dayNumber(iso) {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

function valueScale(points, top, bottom) {
  let vmin = Infinity;
  let vmax = -Infinity;
  for (const p of points) {
    const q = p.claim.quantity || {};
    for (const v of [q.lo, q.hi]) {
      if (typeof v !== 'number') continue;
      vmin = Math.min(vmin, v);
      vmax = Math.max(vmax, v);
    }
  }
  if (vmax === -Infinity) {
    vmin = 0;
    vmax = 1;
  }
  const s = { top, bottom, log: false, lo: 0, hi: 1 };
  if (vmin > 0 && vmax / vmin > 100) {
    s.log = true;
    s.lo = 10 ** Math.floor(Math.log10(vmin));
    s.hi = 10 ** Math.ceil(Math.log10(vmax * 1.05));
  } else {
    s.hi = vmax > 0 ? vmax * 1.15 : 1;
  }
  s.y = (v) => {
    let t = s.log
      ? (Math.log10(Math.max(v, s.lo)) - Math.log10(s.lo)) / (Math.log10(s.hi) - Math.log10(s.lo))
      : (v - s.lo) / (s.hi - s.lo);
    t = Math.min(1, Math.max(0, t));
    return bottom - t * (bottom - top);
  };
  return s;
}

function valueTicks(s) {
  const out = [];
  if (s.log) {
    for (let p = s.lo; p <= s.hi * 1.0001; p *= 10) out.push(p);
    return out;
  }
  const raw = (s.hi - s.lo) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((v) => v >= raw) || mag;
  for (let v = Math.ceil(s.lo / step) * step; v <= s.hi * 1.0001; v += step) out.push(v);
  return out;
}

function shortDate(n) {
  const d = new Date(n * DAY_MS);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function mark(p, x, s, colour) {
  const q = p.claim.quantity || {};
  const hasLo = typeof q.lo === 'number';
  const hasHi = typeof q.hi === 'number';
  const yLo = hasLo ? s.y(q.lo) : s.bottom;
  const yHi = hasHi ? s.y(q.hi) : s.top;
  const g = svg('g', {
    class: 'mark',
    tabindex: '0',
    role: 'link',
    'data-claim': p.claim.id,
    'aria-label': `${p.interval_text || p.claim.text}, ${speakerText(p.claim.speaker)} (${p.stance}), ${day(p.date) || 'undated'}`,
  });
  // A wide transparent target so thin bars are easy to hover.
  g.append(svg('rect', { class: 'hit', x: x - 8, y: Math.min(yLo, yHi) - 8, width: 16, height: Math.abs(yLo - yHi) + 16 }));
  if (hasLo && hasHi && q.lo === q.hi) {
    g.append(svg('circle', { cx: x, cy: yLo, r: 5, fill: colour }));
    return g;
  }
  g.append(svg('line', { x1: x, y1: yLo, x2: x, y2: yHi, stroke: colour, 'stroke-width': 4, 'stroke-linecap': 'round' }));
  const end = (y, has, dir) =>
    has
      ? svg('line', { x1: x - 6, y1: y, x2: x + 6, y2: y, stroke: colour, 'stroke-width': 2 })
      : svg('path', { d: `M${x - 6} ${y + dir * 8} L${x} ${y} L${x + 6} ${y + dir * 8}`, fill: 'none', stroke: colour, 'stroke-width': 2, class: 'open-end' });
  g.append(end(yLo, hasLo, -1), end(yHi, hasHi, 1));
  return g;
}

function tooltipContent(p) {
  const c = p.claim;
  const doc = c.doc || {};
  return [
    el('div', { class: 'tip-figure' }, el('span', { class: 'swatch', style: `background:${stanceColour(p.stance)}` }), p.interval_text || c.text),
    el('div', { class: 'tip-who' }, speakerText(c.speaker), ` (${p.stance})`),
    el('div', { class: 'tip-meta' }, [doc.source || doc.path || doc.id, day(p.date) || 'undated'].filter(Boolean).join(' · '),
      p.echoes ? ` · repeated ${p.echoes}× in ${p.outlets} outlet${p.outlets === 1 ? '' : 's'}` : ''),
    el('div', { class: 'tip-snippet' }, snippet(c.sentence, c.text)),
    el('div', { class: 'tip-hint' }, 'Click to open the source'),
  ];
}

// The chart for a measure with points; returns a wrapper element holding the
// SVG and its tooltip.
export function timeline(measure) {
  const points = (measure.points || []).filter((p) => p && p.claim);
  const wrap = el('div', { class: 'chart-wrap' });
  const tip = el('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  const days = points.map((p) => dayNumber(p.date));
  const dated = days.filter((d) => d !== null);
  const undated = points.length - dated.length;
  let dmin = Math.min(...dated);
  let dmax = Math.max(...dated);
  if (!dated.length) {
    dmin = 0;
    dmax = 1;
  }
  if (dmax - dmin < 30) {
    dmin -= 15;
    dmax += 15;
  }
  const plotRight = W - M.right - (undated ? UNDATED_W : 0);
  const bottom = H - M.bottom;
  const xOf = (d) => M.left + ((d - dmin) / (dmax - dmin)) * (plotRight - M.left);
  const s = valueScale(points, M.top, bottom);
  const unitLabel = measure.unit === 'percent' ? '%' : '';
  const root = svg('svg', {
    class: 'chart',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': `${measure.key} over time`,
  });
  // Grid, axes and labels.
  for (const v of valueTicks(s)) {
    const y = s.y(v);
    root.append(svg('line', { x1: M.left, y1: y, x2: W - M.right, y2: y, class: 'grid' }));
    root.append(svg('text', { x: M.left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, thousands(v) + unitLabel));
  }
  root.append(svg('line', { x1: M.left, y1: bottom, x2: W - M.right, y2: bottom, class: 'axis' }));
  root.append(svg('line', { x1: M.left, y1: M.top, x2: M.left, y2: bottom, class: 'axis' }));
  if (dated.length) {
    const ticks = 4;
    for (let i = 0; i <= ticks; i++) {
      const d = Math.round(dmin + ((dmax - dmin) * i) / ticks);
      const x = xOf(d);
      root.append(svg('line', { x1: x, y1: bottom, x2: x, y2: bottom + 4, class: 'axis' }));
      const anchor = i === 0 ? 'start' : i === ticks ? 'end' : 'middle';
      root.append(svg('text', { x, y: bottom + 17, 'text-anchor': anchor, class: 'tick' }, shortDate(d)));
    }
  }
  if (undated) {
    const x0 = plotRight + 8;
    root.append(svg('rect', { x: x0, y: M.top, width: W - M.right - x0, height: bottom - M.top, class: 'undated-band' }));
    root.append(svg('text', { x: (x0 + W - M.right) / 2, y: M.top - 3, 'text-anchor': 'middle', class: 'tick' }, 'undated'));
  }
  root.append(svg('text', { x: (M.left + plotRight) / 2, y: bottom + 34, 'text-anchor': 'middle', class: 'axis-label' }, 'date of the figure'));
  root.append(svg('text', { transform: `translate(14 ${(M.top + bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle', class: 'axis-label' },
    (measure.unit || '') + (s.log ? ' (log scale)' : '')));
  // Each speaker's dated figures joined in date order, under the marks.
  const lines = new Map();
  points.forEach((p, i) => {
    const q = p.claim.quantity || {};
    const sp = p.claim.speaker;
    const lo = typeof q.lo === 'number' ? q.lo : null;
    const hi = typeof q.hi === 'number' ? q.hi : null;
    if (days[i] === null || !sp || (lo === null && hi === null)) return;
    const who = speakerText(sp);
    const v = lo !== null && hi !== null ? (lo + hi) / 2 : (lo !== null ? lo : hi);
    if (!lines.has(who)) lines.set(who, { colour: stanceColour(p.stance), xy: [] });
    lines.get(who).xy.push([xOf(days[i]), s.y(v)]);
  });
  for (const [who, { colour, xy }] of lines) {
    if (xy.length < 2) continue;
    xy.sort((a, b) => a[0] - b[0]);
    const d = xy.map(([x, y], k) => `${k ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');
    const path = svg('path', { class: 'series', d, fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-opacity': 0.55 });
    path.append(svg('title', {}, who));
    root.append(path);
  }
  // Marks: figures on the same day step aside so that none hides another.
  const perDay = new Map();
  const stances = [];
  const undatedX0 = plotRight + 8 + 10;
  const undatedStep = undated > 1 ? (W - M.right - undatedX0 - 10) / (undated - 1) : 0;
  let u = 0;
  points.forEach((p, i) => {
    let x;
    if (days[i] === null) {
      x = undated === 1 ? (plotRight + 8 + W - M.right) / 2 : undatedX0 + undatedStep * u++;
    } else {
      const k = perDay.get(days[i]) || 0;
      perDay.set(days[i], k + 1);
      x = xOf(days[i]) + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 9;
    }
    if (!stances.includes(p.stance)) stances.push(p.stance);
    const g = mark(p, x, s, stanceColour(p.stance));
    const show = () => {
      tip.replaceChildren(...tooltipContent(p));
      tip.hidden = false;
      const box = wrap.getBoundingClientRect();
      const r = g.getBoundingClientRect();
      const left = Math.min(Math.max(0, r.left - box.left + r.width / 2 - 150), Math.max(0, box.width - 300));
      const below = r.top - box.top < box.height / 2;
      tip.style.left = `${left}px`;
      tip.style.top = below ? `${r.bottom - box.top + 8}px` : '';
      tip.style.bottom = below ? '' : `${box.bottom - r.top + 8}px`;
      g.classList.add('active');
    };
    const hide = () => {
      tip.hidden = true;
      g.classList.remove('active');
    };
    const open = () => {
      location.hash = docHref(p.claim.doc.id, p.claim.id);
    };
    g.addEventListener('mouseenter', show);
    g.addEventListener('focus', show);
    g.addEventListener('mouseleave', hide);
    g.addEventListener('blur', hide);
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open();
      }
    });
    root.append(g);
  });
  stances.sort();
  const legend = el('ul', { class: 'legend' },
    stances.map((st) => el('li', {}, el('span', { class: 'swatch', style: `background:${stanceColour(st)}` }), st)),
    el('li', { class: 'legend-note' }, '▲ / ▼ open end'));
  wrap.append(root, tip, legend);
  return wrap;
}
