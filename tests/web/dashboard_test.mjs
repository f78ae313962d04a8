// The tally dashboard in a real browser: Debian's chromium driven by
// playwright-core (no browser download). Run by tests/web_browser_test.sh
// against a running `tally serve`; by hand:
//   node dashboard_test.mjs --url http://127.0.0.1:18080 [--screenshots DIR] [--chromium PATH]
// With $TALLY_REVEAL_TOKEN (the token `tally serve --reveal` prints) it also
// checks that the token brings clear names and that without it there are none.
// Each check prints "ok" or "FAIL" with what it expected; the last line is
// "N passed, N failed". Exit 1 on any failure.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const base = (args.url || process.env.TALLY_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
const shots = args.screenshots || '';
const executablePath = args.chromium || process.env.CHROMIUM || '/usr/bin/chromium';
const origin = new URL(base).origin;

let passed = 0;
let failed = 0;
class Failure extends Error {}

function expect(cond, message) {
  if (!cond) throw new Failure(message);
}

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}\n     ${err instanceof Failure ? err.message : err.stack || err}`);
  }
}

async function api(p) {
  const res = await fetch(`${base}/api/v1/${p}`);
  const body = await res.json();
  if (!res.ok) throw new Failure(`GET /api/v1/${p}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

// Problems the page reports: console errors, uncaught exceptions, failed
// requests, HTTP errors and any request to another origin. `expected` lets a
// check that provokes an API error say so.
const problems = [];
let expectErrors = false;
function watch(page) {
  page.on('console', (m) => {
    if (m.type() === 'error' && !expectErrors) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) problems.push(`request leaves the machine: ${u}`);
  });
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith('blob:')) problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !expectErrors) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
}

function noProblems(where) {
  const p = problems.splice(0);
  expect(p.length === 0, `${where}: ${p.join('; ')}`);
}

async function open(page, hash, ready) {
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector(ready, { timeout: 15000 });
}

// Waits for the page's view to change after a hash change.
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('main .page > p.muted:only-child'));
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
const page = await context.newPage();
watch(page);
const shot = async (name) => {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name) });
};

const stats = await api('stats');
const measures = (await api('measures')).measures;

await check('measures page: one card per measure, every chart drawn', async () => {
  await open(page, '#/measures', 'article.card');
  const cards = await page.locator('article.card').count();
  expect(cards === measures.length, `expected ${measures.length} cards (GET /api/v1/measures), found ${cards}`);
  await page.waitForFunction(() => !document.querySelector('.chart-box p'), null, { timeout: 20000 })
    .catch(() => { throw new Failure('some charts still say "Loading chart…" or show an error after 20 s'); });
  const charts = await page.locator('article.card svg.chart').count();
  expect(charts === measures.length, `expected ${measures.length} charts, found ${charts}`);
  const marks = await page.locator('svg.chart g.mark').count();
  expect(marks >= measures.length, `expected at least one mark per chart, found ${marks} marks`);
  const legend = await page.locator('article.card .legend li').count();
  expect(legend >= measures.length, `expected a legend in every card, found ${legend} legend items`);
  const badges = await page.locator('article.card .badge').allTextContents();
  expect(badges.every((b) => ['disputed', 'consistent', 'apart', 'single-source'].includes(b)), `unexpected verdict badges: ${badges.join(', ')}`);
  const ticks = await page.locator('svg.chart text.tick').allTextContents();
  expect(ticks.some((t) => /\d,\d{3}/.test(t)), `no axis label with a thousands separator among: ${ticks.slice(0, 12).join(' | ')}`);
  expect(ticks.some((t) => /\d{4}/.test(t) && /[A-Z][a-z]{2}/.test(t)), 'no date labels on the x axes');
  const gaps = await page.locator('article.card .gap').count();
  const withGap = measures.filter((m) => m.gap).length;
  expect(gaps === withGap, `expected ${withGap} gap texts, found ${gaps}`);
  const latest = await page.locator('article.card ul.latest li').count();
  expect(latest >= measures.length, `expected the latest figure per stance in every card, found ${latest} items`);
  // Verdicts over time: every stale figure of the API is said so on its card.
  const staleNotes = await page.locator('article.card .stale-note').count();
  const staleWant = measures.reduce((n, m) => n + (m.stale || []).length, 0);
  expect(staleWant > 0 && staleNotes === staleWant, `expected ${staleWant} stale notes, found ${staleNotes}`);
  const staleText = await page.locator('article.card .stale-note').first().textContent();
  expect(/\d{4}-\d{2}-\d{2}|undated/.test(staleText), `a stale note without its date: ${staleText}`);
  // A speaker with two or more dated figures is drawn as a line under its marks.
  const series = await page.locator('svg.chart path.series').count();
  expect(series > 0, 'no series line in any chart');
  noProblems('measures page');
});

await check('measures split by region: the cards and charts of /api/v1/measures?by=place', async () => {
  const split = (await api('measures?by=place')).measures;
  await open(page, '#/measures?by=place', 'article.card');
  const cards = await page.locator('article.card').count();
  expect(cards === split.length, `expected ${split.length} cards, found ${cards}`);
  await page.waitForFunction(() => !document.querySelector('.chart-box p'), null, { timeout: 20000 })
    .catch(() => { throw new Failure('some charts of the split measures did not load'); });
  await open(page, '#/measures?verdict=disputed', 'article.card');
  const disputed = await page.locator('article.card').count();
  expect(disputed === measures.filter((m) => m.verdict === 'disputed').length, `the verdict filter shows ${disputed} cards`);
  noProblems('measures by place');
});

// A day's or a month's figures are a measure apart from the running totals
// (its key has a '/'); its card's claims link carries the basis.
await check('measures page: a period measure links to its own claims only', async () => {
  const m = measures.find((x) => x.basis === 'period');
  expect(m, 'no measure of period figures in /api/v1/measures');
  await open(page, '#/measures', 'article.card');
  await page.locator(`article.card[data-key="${m.key}"] .card-links a`).click();
  await page.waitForSelector('table.claims tbody tr');
  await settle(page);
  const chips = await page.locator('.filter-chip').allTextContents();
  expect(chips.some((t) => t.includes('basis: period')), `no basis chip among: ${chips.join(' | ')}`);
  const q = new URLSearchParams({ category: m.category, side: m.side, unit: m.unit, basis: 'period', limit: '1' });
  const want = (await api(`claims?${q}`)).total;
  const rows = await page.locator('table.claims tbody tr').count();
  expect(want > 0 && rows === Math.min(want, 50), `${rows} rows for the ${want} period claims of ${m.key}`);
  noProblems('period measure claims');
});

await check('measures page: hovering a mark shows figure, speaker and snippet; a click opens the document at the claim', async () => {
  await open(page, '#/measures', 'svg.chart g.mark');
  await page.waitForFunction(() => !document.querySelector('.chart-box p'), null, { timeout: 20000 });
  const m = page.locator('svg.chart g.mark').first();
  await m.scrollIntoViewIfNeeded();
  await m.hover();
  const tip = page.locator('.tooltip:visible');
  await tip.waitFor({ timeout: 5000 }).catch(() => { throw new Failure('no tooltip after hovering the first mark'); });
  const claimId = await m.getAttribute('data-claim');
  const { claim } = await api(`claims/${encodeURIComponent(claimId)}`);
  const text = await tip.textContent();
  expect(text.includes(claim.text), `tooltip "${text}" does not show the figure "${claim.text}"`);
  expect(await tip.locator('mark').count() === 1, 'tooltip has no highlighted figure in its snippet');
  const who = claim.speaker ? claim.speaker.name || claim.speaker.org : 'unattributed';
  expect(text.includes(who), `tooltip "${text}" does not name the speaker "${who}"`);
  await shot('dashboard-measures.png');
  await m.click();
  await page.waitForSelector(`mark.claim.selected[data-claim="${claimId}"]`, { timeout: 10000 })
    .catch(() => { throw new Failure(`clicking mark ${claimId} did not open its document with the claim selected (at ${page.url()})`); });
  expect(page.url().includes(`#/doc/${claim.doc.id}?claim=${claimId}`), `unexpected address after the click: ${page.url()}`);
  noProblems('measure chart click');
});

let unfiltered = 0;
await check('claims page: a category filter narrows the table and lives in the address', async () => {
  await open(page, '#/claims', 'table.claims tbody tr');
  unfiltered = await page.locator('table.claims tbody tr').count();
  const total = (await api('claims?limit=1')).total;
  const cats = (stats.claims_by_category || []).filter((c) => c.n < total && c.n > 0).sort((a, b) => a.n - b.n);
  expect(cats.length > 0, 'stats.claims_by_category has no category smaller than the whole');
  const cat = cats[Math.floor(cats.length / 2)];
  await page.selectOption('form.filters select[name=category]', cat.key);
  await page.click('form.filters button[type=submit]');
  await page.waitForFunction((k) => location.hash.includes(`category=${k}`), cat.key);
  await settle(page);
  const rows = await page.locator('table.claims tbody tr').count();
  expect(rows > 0 && rows <= Math.min(cat.n, 50), `category ${cat.key}: expected 1..${Math.min(cat.n, 50)} rows, found ${rows}`);
  expect(rows < unfiltered || total <= 50, `the table did not narrow (${unfiltered} rows before, ${rows} after)`);
  const shown = await page.locator('table.claims tbody tr td:nth-child(3)').allTextContents();
  expect(shown.every((t) => t.startsWith(cat.key)), `rows of another category: ${shown.filter((t) => !t.startsWith(cat.key)).join(', ')}`);
  const count = await page.locator('.pager .count').first().textContent();
  expect(count.includes(String(cat.n)), `the count "${count}" does not say ${cat.n}`);
  // The address is the view: reloading it gives the same table.
  await page.reload();
  await page.waitForSelector('table.claims tbody tr');
  expect(await page.locator('table.claims tbody tr').count() === rows, 'reloading the filtered address gave another table');
  expect(await page.inputValue('form.filters select[name=category]') === cat.key, 'the category select lost its value on reload');
  noProblems('claims filter');
});

await check('claims page: sort by date, next and previous pages', async () => {
  await open(page, '#/claims?sort=date', 'table.claims tbody tr');
  const dates = (await page.locator('table.claims tbody tr td:first-child').allTextContents()).filter((d) => /^\d{4}-/.test(d));
  expect(dates.every((d, i) => i === 0 || dates[i - 1] <= d), `dates not ascending: ${dates.join(' ')}`);
  const first = await page.locator('table.claims tbody tr').first().getAttribute('data-claim');
  const next = page.locator('.pager button[data-nav=next]').first();
  if (await next.isDisabled()) return; // one page only
  await next.click();
  await page.waitForFunction(() => location.hash.includes('cursor='));
  // The rows change after the answer, not with the address.
  const firstRowIs = (want, same) => page.waitForFunction(([w, s]) => {
    const row = document.querySelector('table.claims tbody tr');
    return row && (row.getAttribute('data-claim') === w) === s;
  }, [want, same], { timeout: 15000 }).catch(() => {});
  await firstRowIs(first, false);
  await settle(page);
  const second = await page.locator('table.claims tbody tr').first().getAttribute('data-claim');
  expect(second && second !== first, 'the next page shows the same first row');
  await page.locator('.pager button[data-nav=previous]').first().click();
  await page.waitForFunction(() => !location.hash.includes('cursor='));
  await firstRowIs(first, true);
  await settle(page);
  const back = await page.locator('table.claims tbody tr').first().getAttribute('data-claim');
  expect(back === first, `previous did not return to the first page (${back} vs ${first})`);
  noProblems('claims paging');
});

await check('claims page: the figure is highlighted in each snippet; export CSV and JSONL of the filtered set', async () => {
  await open(page, '#/claims?side=UA', 'table.claims tbody tr');
  const rows = await page.locator('table.claims tbody tr').count();
  const marked = await page.locator('table.claims tbody tr td.sentence mark').count();
  expect(marked >= rows * 0.9, `only ${marked} of ${rows} snippets highlight their figure`);
  const total = (await api('claims?side=UA&limit=1')).total;
  for (const [label, format] of [['Export CSV', 'csv'], ['Export JSONL', 'jsonl']]) {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), page.click(`text=${label}`)]);
    const file = await download.path();
    const body = fs.readFileSync(file, 'utf8');
    const lines = body.split(/\r?\n/).filter(Boolean);
    if (format === 'jsonl') {
      expect(lines.length === total, `JSONL export has ${lines.length} lines, expected ${total}`);
      expect(lines.every((l) => JSON.parse(l).side === 'UA'), 'JSONL export has claims of another side');
    } else {
      expect(lines.length >= total, `CSV export has ${lines.length} lines for ${total} claims`);
    }
  }
  await shot('dashboard-claims.png');
  noProblems('claims export');
});

await check('claims page: an API error is shown with its message', async () => {
  expectErrors = true;
  await page.goto(`${base}/#/claims?side=XX`);
  const banner = page.locator('#error');
  await banner.waitFor({ state: 'visible', timeout: 10000 }).catch(() => { throw new Failure('no error banner for side=XX'); });
  const text = await banner.textContent();
  expect(/side/.test(text) && /XX/.test(text), `the banner "${text}" is not the API's message about 'side'`);
  await page.waitForLoadState('networkidle');
  expectErrors = false;
  problems.splice(0);
});

// The search box; each highlight must be the query word, also in Cyrillic
// snippets with emoji before the match (highlights count code points).
await check('search: results with highlighted matches (English, Russian)', async () => {
  await open(page, '#/measures', 'article.card');
  for (const word of ['soldiers', 'военнослужащих']) {
    await page.fill('#search-input', word);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction((w) => decodeURIComponent(location.hash).includes(w), word);
    await settle(page);
    const results = await page.locator('.results .result').count();
    expect(results > 0, `no results for "${word}"`);
    const marks = await page.locator('.results .result mark').allTextContents();
    expect(marks.length >= results, `${marks.length} highlights for ${results} results of "${word}"`);
    const stem = Array.from(word).slice(0, 6).join('');
    expect(marks.every((m) => m.toLowerCase().startsWith(stem)), `highlights that are not "${word}": ${marks.join(', ')}`);
  }
  await page.locator('.results .result a.result-title').first().click();
  await page.waitForSelector('.doc-text');
  noProblems('search');
});

// Every highlighted span of a document must be its claim's text, whatever
// the script: the API counts code points, the browser UTF-16 units.
async function checkDocument(docId, claimId) {
  const data = await api(`documents/${encodeURIComponent(docId)}`);
  await open(page, `#/doc/${docId}${claimId ? `?claim=${claimId}` : ''}`, '.doc-text');
  const marks = await page.$$eval('.doc-text mark.claim', (ms) => ms.map((m) => ({ id: m.dataset.claim, text: m.textContent })));
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  expect(marks.length > 0, `document ${docId} has ${data.claims.length} claims but no highlight`);
  // Overlapping spans are cut to what is left; every claim not overlapped
  // must be marked whole.
  let end = -1;
  for (const c of [...data.claims].sort((a, b) => a.span[0] - b.span[0])) {
    if (c.span[0] >= end) {
      const m = marks.find((x) => x.id === c.id);
      expect(m, `claim ${c.id} ("${c.text}") is not highlighted in ${docId}`);
      expect(m.text === c.text, `claim ${c.id} in ${docId}: highlighted "${m.text}", the claim's text is "${c.text}"`);
    }
    end = Math.max(end, c.span[1]);
  }
  for (const m of marks) expect(byId.has(m.id), `a highlight for an unknown claim ${m.id}`);
  if (claimId) {
    const sel = page.locator(`.doc-text mark.claim.selected[data-claim="${claimId}"]`);
    expect(await sel.count() === 1, `claim ${claimId} is not the selected highlight`);
    expect(await sel.isVisible() && (await sel.boundingBox()).y < 900 && (await sel.boundingBox()).y > 0, `the selected claim ${claimId} is not scrolled into view`);
    const link = await page.locator('.claim-details a.measure-link').count();
    expect(link === (byId.get(claimId).measure ? 1 : 0), 'the selected claim has no link to its measure');
  }
  return data;
}

await check('document: opened from a claim in the table, every highlight is its claim\'s text (Russian/Ukrainian)', async () => {
  const { claims } = await api('claims?lang=uk&limit=1');
  expect(claims.length === 1, 'no Ukrainian claim in the store');
  await open(page, `#/claims?lang=uk`, 'table.claims tbody tr');
  await page.locator(`table.claims tbody tr[data-claim="${claims[0].id}"] td.figure a`).click();
  await page.waitForSelector(`.doc-text mark.claim.selected[data-claim="${claims[0].id}"]`, { timeout: 10000 })
    .catch(() => { throw new Failure('clicking the figure in the claims table did not open its document at the claim'); });
  await checkDocument(claims[0].doc.id, claims[0].id);
  const ru = await api('claims?lang=ru&limit=1');
  expect(ru.claims.length === 1, 'no Russian claim in the store');
  await checkDocument(ru.claims[0].doc.id, ru.claims[0].id);
  noProblems('document');
});

await check('document: emoji before the figures do not shift the highlights', async () => {
  const { documents } = await api('documents?lang=ru&limit=200');
  const doc = documents.find((d) => (d.path || '').endsWith('emoji-ru.txt') || /\p{Extended_Pictographic}/u.test(d.title || ''));
  if (!doc) {
    console.log('     (tests/web/fixtures/emoji-ru.txt is not in the store; skipped)');
    return;
  }
  const data = await checkDocument(doc.id, null);
  expect(data.claims.length >= 2, `the emoji document has ${data.claims.length} claims`);
  const last = data.claims[data.claims.length - 1];
  await open(page, `#/doc/${doc.id}?claim=${last.id}`, '.doc-text mark.claim.selected');
  noProblems('emoji document');
});

await check('document: near-duplicates are listed both ways; a screenshot', async () => {
  // tests/web/fixtures/ru-refusers-repost.txt is a repost of an example.
  const { documents } = await api('documents?limit=200');
  let target = null;
  let single = null;
  for (const d of documents) {
    const full = await api(`documents/${encodeURIComponent(d.id)}`);
    if ((full.duplicates || []).length && full.claims.length) target = target || full;
    else single = single || full;
  }
  expect(target, 'no document with near-duplicates and claims in the store (is tests/web/fixtures ingested?)');
  const c = target.claims[Math.min(1, target.claims.length - 1)];
  await checkDocument(target.document.id, c.id);
  const listed = await page.locator('.duplicates li').count();
  expect(listed === target.duplicates.length, `expected ${target.duplicates.length} duplicates listed, found ${listed}`);
  const first = target.duplicates[0];
  await page.locator(`.duplicates li a[href="#/doc/${first.id}"]`).click();
  await page.waitForFunction((id) => location.hash.startsWith(`#/doc/${id}`), first.id);
  await settle(page);
  const back = await page.locator(`.duplicates a[href="#/doc/${target.document.id}"]`).count();
  expect(back >= 1, `the duplicate ${first.id} does not link back to ${target.document.id}`);
  if (single) {
    await open(page, `#/doc/${single.document.id}`, '.doc-text');
    const none = await page.locator('.duplicates').textContent();
    expect(/No near-duplicates/.test(none), `a document without duplicates says "${none}"`);
  }
  await open(page, `#/doc/${target.document.id}?claim=${target.claims[0].id}`, '.doc-text mark.claim.selected');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('dashboard-document.png');
  noProblems('duplicates');
});

await check('places page: claims by region as a table with bars', async () => {
  const { places } = await api('places');
  await open(page, '#/places', 'table.places, .empty');
  const rows = await page.locator('table.places tbody tr').count();
  expect(rows === places.length, `expected ${places.length} regions, found ${rows}`);
  expect(await page.locator('table.places .bar').count() === rows, 'a row without a bar');
  if (rows) {
    await page.locator('table.places tbody tr td a').first().click();
    await page.waitForFunction(() => location.hash.includes('place='));
    // A hash change is no navigation: 'networkidle' may be met before the
    // claims are asked for, so wait for their rows (a slow server, under
    // AddressSanitizer, answers late).
    await page.waitForSelector('table.claims tbody tr', { timeout: 15000 }).catch(() => {});
    await settle(page);
    expect(await page.locator('table.claims tbody tr').count() > 0, 'a region links to no claims');
  }
  noProblems('places');
});

await check('sources page: a row per source of the API, failing first, with health and last error', async () => {
  const { sources } = await api('sources');
  expect(sources.length >= 2, `the test's store should hold fetched sources, the API lists ${sources.length}`);
  await open(page, '#/sources', 'table.sources, .empty');
  const keys = await page.locator('table.sources tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.key));
  expect(JSON.stringify(keys) === JSON.stringify(sources.map((s) => s.key)),
    `rows ${JSON.stringify(keys)} are not the API's sources ${JSON.stringify(sources.map((s) => s.key))}`);
  const first = page.locator('table.sources tbody tr').first();
  expect(sources[0].failures > 0, 'the API does not put the failing source first');
  expect(await first.locator('.badge.health').textContent() === sources[0].health, 'the first row\'s badge is not its health');
  expect((await first.locator('.error-text').textContent()) === sources[0].last_error, 'the failing source\'s last error is not shown');
  expect(await page.locator('table.sources .badge.health.ok').count() >= 1, 'no healthy source shows an ok badge');
  expect(await page.locator('nav a[data-page="sources"][aria-current]').count() === 1, 'the nav link is not marked current');
  await shot('dashboard-sources.png');
  noProblems('sources');
});

await check('narrow window (420 px): no page scrolls sideways', async () => {
  await page.setViewportSize({ width: 420, height: 800 });
  const { claims } = await api('claims?lang=ru&limit=1');
  const docPage = `#/doc/${claims[0].doc.id}?claim=${claims[0].id}`;
  for (const [hash, ready] of [['#/measures', 'svg.chart'], ['#/claims', 'table.claims'], ['#/places', 'main h1'], ['#/sources', 'main h1'],
    [docPage, '.doc-text mark.claim.selected'], ['#/search?q=soldiers', '.results']]) {
    await open(page, hash, ready);
    const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(sw <= iw + 1, `${hash} is ${sw} px wide in a ${iw} px window`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  noProblems('narrow window');
});

await check('unknown document: the API\'s 404 message is shown', async () => {
  expectErrors = true;
  await page.goto(`${base}/#/doc/d-0000000000000000`);
  const banner = page.locator('#error');
  await banner.waitFor({ state: 'visible', timeout: 10000 }).catch(() => { throw new Failure('no error banner for an unknown document'); });
  const text = await banner.textContent();
  expect(/404/.test(text), `the banner "${text}" does not say 404`);
  await page.waitForLoadState('networkidle');
  expectErrors = false;
  problems.splice(0);
});

await check('private people: pseudonyms without the operator token, clear names with it', async () => {
  const token = process.env.TALLY_REVEAL_TOKEN;
  if (!token) {
    console.log('     (no TALLY_REVEAL_TOKEN: skipped)');
    return;
  }
  const { documents } = await api('documents?limit=200');
  let doc = null;
  for (const d of documents) {
    const full = await api(`documents/${encodeURIComponent(d.id)}`);
    if (/person-[0-9a-f]{12}/.test(full.document.text)) {
      doc = full.document;
      break;
    }
  }
  expect(doc, 'no document names a private person (as a pseudonym)');
  const pseudonym = doc.text.match(/person-[0-9a-f]{12}/)[0];
  await open(page, `#/doc/${doc.id}`, '.doc-text');
  expect((await page.textContent('.doc-text')).includes(pseudonym), `without the token the page does not show ${pseudonym}`);
  await page.click('details.token summary');
  await page.fill('.token-form input', token);
  await page.click('.token-form button[type=submit]');
  await page.waitForSelector('.doc-text');
  await page.waitForFunction(() => document.querySelector('footer').textContent.includes('operator token'));
  const revealed = await page.textContent('.doc-text');
  expect(!revealed.includes(pseudonym), `with the token the page still shows ${pseudonym}`);
  await page.click('footer button.link');
  await page.waitForSelector('.doc-text');
  await page.waitForFunction(() => document.querySelector('details.token'));
  expect((await page.textContent('.doc-text')).includes(pseudonym), 'after forgetting the token the clear names stay');
  noProblems('reveal');
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
