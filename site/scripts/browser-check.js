#!/usr/bin/env node
// The docs site as a reader sees it: loads the built site in a real browser (Debian's
// Chromium, driven by puppeteer-core; no browser is downloaded) from a server of its own on
// 127.0.0.1, at a 1280 px wide window, and checks
//
//   - the landing page lists every package and API version folder of the go docs (read from
//     the Markdown folders, not from the site) with every resource page, and its links lead
//     there;
//   - search, offline: typing "packet capture" into the search bar offers the PacketCapture
//     page and opens it, and the search page lists the page and its Operations section;
//   - widths, on every built page: the page does not scroll sideways (scrollWidth against the
//     window); on the generated pages no table is wider than its box, no element sticks out
//     of the article, and a code block scrolls only when one of its lines is longer than the
//     block is wide;
//   - no console error, page error or failed request on any page, and no request leaves
//     127.0.0.1.
//
// It saves screenshots of the landing page and of a resource page, and report.json with
// every page's widths, into BUILD/browser-check/. It ends with "N passed, M failed" and
// exits 1 when a check failed.
//
// Usage: node scripts/browser-check.js [--build build] [--docs ../generated/docs/go] [--width 1280]
// The browser is $CHROMIUM_PATH, else the first of /usr/bin/chromium, chromium-browser,
// google-chrome that exists.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const puppeteer = require('puppeteer-core');

function options(argv) {
  const o = { build: 'build', docs: '../generated/docs/go', width: 1280, height: 900 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in o) || argv[i + 1] === undefined) {
      throw new Error(`unknown or incomplete option ${argv[i]}; want --build DIR, --docs DIR, --width PX`);
    }
    o[key] = typeof o[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  return o;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c) => c && fs.existsSync(c));
  if (!found) {
    throw new Error('no Chromium found (tried $CHROMIUM_PATH, /usr/bin/chromium, chromium-browser, google-chrome): install Debian\'s chromium (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH');
  }
  return found;
}

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain', '.xml': 'application/xml',
};

// serve answers with the build's files as a static host would: a folder (with or without
// its trailing slash) is its index.html; anything else missing is 404.html with status 404.
function serve(build) {
  const server = http.createServer((req, res) => {
    let file;
    try {
      file = path.join(build, decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname));
    } catch {
      file = '';
    }
    if (!file.startsWith(path.resolve(build))) file = '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'Content-Type': types['.html'] });
      res.end(fs.existsSync(path.join(build, '404.html')) ? fs.readFileSync(path.join(build, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// builtRoutes lists every page of the build: each index.html's folder as a route.
function builtRoutes(build) {
  const routes = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !(dir === build && ['assets', 'browser-check', 'img'].includes(e.name))) walk(p);
      else if (e.name === 'index.html') {
        const rel = path.relative(build, dir).split(path.sep).join('/');
        routes.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(build);
  return routes.filter((r) => r !== '/search/').sort();
}

// expectedPackages reads the go docs folders: each API version folder with an index.md, and
// its resource pages (<Group>/<Type>.md).
function expectedPackages(docs) {
  const out = [];
  for (const v of fs.readdirSync(docs).sort()) {
    if (!fs.existsSync(path.join(docs, v, 'index.md'))) continue;
    const resources = [];
    for (const g of fs.readdirSync(path.join(docs, v), { withFileTypes: true })) {
      if (!g.isDirectory()) continue;
      for (const f of fs.readdirSync(path.join(docs, v, g.name)).sort()) {
        if (f.endsWith('.md')) resources.push({ name: f.replace(/\.md$/, ''), route: `/${v}/${g.name}/${f.replace(/\.md$/, '')}` });
      }
    }
    out.push({ version: v, resources });
  }
  if (out.length === 0) throw new Error(`no API version folders with an index.md under ${docs}`);
  return out;
}

// measure runs in the page: the widths of the page, and on a generated page, of its tables,
// code blocks and the article's elements.
function measure() {
  const doc = document.documentElement;
  const md = document.querySelector('.theme-doc-markdown');
  const out = { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, tables: [], blocks: [], outside: [] };
  if (!md) return out;
  const mdRight = md.getBoundingClientRect().right;
  for (const t of md.querySelectorAll('table')) {
    out.tables.push({ scrollWidth: t.scrollWidth, clientWidth: t.clientWidth, text: t.innerText.slice(0, 60) });
  }
  for (const pre of md.querySelectorAll('pre')) {
    // The widest line: each line's text measured by a range (a line is a .token-line span,
    // or the whole block when the highlighter made none).
    const lines = pre.querySelectorAll('.token-line');
    let widest = 0;
    for (const line of lines.length ? lines : [pre]) {
      const r = document.createRange();
      r.selectNodeContents(line);
      widest = Math.max(widest, r.getBoundingClientRect().width);
    }
    // The width a line has: the block's, less its padding and that of the code element
    // inside it (Docusaurus pads the code, not the pre).
    const style = getComputedStyle(pre);
    let inner = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const code = pre.querySelector('code');
    if (code) {
      const cs = getComputedStyle(code);
      inner -= parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
    }
    out.blocks.push({ scrollWidth: pre.scrollWidth, clientWidth: pre.clientWidth, inner, widest, text: pre.innerText.slice(0, 60) });
  }
  for (const el of md.querySelectorAll('*')) {
    if (el.closest('pre') || el.closest('table')) continue; // they scroll in their own box
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > mdRight + 1) out.outside.push({ tag: el.tagName, right: Math.round(r.right), text: (el.innerText || '').slice(0, 60) });
  }
  out.articleWidth = Math.round(md.getBoundingClientRect().width);
  return out;
}

// waitFor waits for what a reader waits for (a page to render, suggestions to show) and
// reports whether it came; a wait that runs out is a failed check, not a crash.
async function waitFor(wait) {
  try {
    await wait();
    return true;
  } catch (e) {
    if (e.name === 'TimeoutError') return false;
    throw e;
  }
}

async function main() {
  const o = options(process.argv.slice(2));
  const build = path.resolve(o.build);
  if (!fs.existsSync(path.join(build, 'index.html'))) throw new Error(`${build} holds no built site: run npm run build first`);
  const shots = path.join(build, 'browser-check');
  fs.mkdirSync(shots, { recursive: true });
  const packages = expectedPackages(path.resolve(o.docs));

  let passed = 0;
  let failed = 0;
  const check = (name, ok, detail) => {
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  };

  const server = await serve(build);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-extensions'],
  });
  const report = { width: o.width, pages: {} };
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: o.width, height: o.height });
    // Every problem the reader's browser would report, by the page that caused it.
    let problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url || ''})`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => { if (!r.url().startsWith(origin)) return; problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
    // Offline: a request anywhere but this server is a failure. (Not intercepted: with
    // request interception on, Chromium holds back the search worker's fetch of the index.)
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request outside the site: ${r.url()}`);
    });
    const visit = async (route) => {
      problems = [];
      await page.goto(origin + route, { waitUntil: 'networkidle0' });
    };
    const noProblems = (name) => check(`${name}: no console errors or failed requests`, problems.length === 0, problems.join('; '));

    // The landing page.
    await visit('/');
    for (const p of packages) {
      const got = await page.evaluate((v) => {
        const sec = document.querySelector(`[data-api-version="${v}"]`);
        if (!sec) return null;
        const box = sec.getBoundingClientRect();
        return {
          visible: box.width > 0 && box.height > 0,
          index: !!sec.querySelector(`a[href="/${v}/"]`),
          resources: [...sec.querySelectorAll('[data-resource]')].map((li) => ({
            name: li.dataset.resource, href: li.querySelector('a') && li.querySelector('a').getAttribute('href'), text: li.innerText,
          })),
        };
      }, p.version);
      check(`landing page lists API version ${p.version}`, got && got.visible && got.index, got ? `visible ${got.visible}, links to /${p.version}/ ${got.index}` : 'no section');
      if (!got) continue;
      for (const r of p.resources) {
        const li = got.resources.find((x) => x.name === r.name);
        check(`landing page lists ${p.version} ${r.name}, linked to ${r.route}`, li && li.href === r.route && /\d+ operations?, \d+ examples?/.test(li.text), li ? `${li.href}: ${li.text}` : 'missing');
      }
      check(`landing page lists no other resource of ${p.version}`, got.resources.length === p.resources.length, `${got.resources.length} listed, ${p.resources.length} pages`);
    }
    await page.screenshot({ path: path.join(shots, 'landing.png'), fullPage: true });
    noProblems('landing page');

    // A reader follows the first package's link from the landing page.
    const first = packages[packages.length - 1]; // the newest folder
    await page.click(`[data-api-version="${first.version}"] h2 a`);
    const opened = await waitFor(() => page.waitForFunction((v) => location.pathname === `/${v}/` &&
      document.querySelector('article h1') && document.querySelector('article h1').innerText.startsWith('Package '), {}, first.version));
    check(`the landing page's link to ${first.version} opens its index page`, opened,
      await page.evaluate(() => `${location.pathname}: ${document.querySelector('h1') && document.querySelector('h1').innerText}`));

    // Search, from the search bar: the suggestions for "packet capture" offer the
    // PacketCapture page; choosing the first that does opens it.
    await visit('/');
    await page.click('input.navbar__search-input');
    await page.keyboard.type('packet capture');
    await waitFor(() => page.waitForSelector('[role="option"]'));
    const suggestions = await page.$$eval('[role="option"]', (os) => os.map((o) => o.innerText.replace(/\s+/g, ' ').trim()));
    const hit = suggestions.findIndex((s) => /›\s*PacketCapture$/.test(s) || /\bPacketCapture\b/.test(s));
    check('search bar: "packet capture" offers the PacketCapture page', hit >= 0, `${suggestions.length} suggestions: ${suggestions.slice(0, 4).join(' | ')}`);
    if (hit >= 0) {
      const options = await page.$$('[role="option"]');
      await options[hit].click();
      const found = await waitFor(() => page.waitForFunction(() => /\/Network\/PacketCapture$/.test(location.pathname) &&
        document.querySelector('article h1') && document.querySelector('article h1').innerText === 'PacketCapture'));
      check('search bar: choosing the suggestion opens the PacketCapture page', found, await page.evaluate(() => location.pathname + location.hash));
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(shots, 'resource-page.png') });
      const ops = await page.$('#operations');
      if (ops) {
        await ops.scrollIntoView();
        await page.screenshot({ path: path.join(shots, 'resource-page-operations.png') });
      }
    }
    noProblems('search bar');

    // Search, the search page: the page and its Operations section.
    await visit('/search?q=packet%20capture');
    await waitFor(() => page.waitForSelector('a[href*="/Network/PacketCapture"]'));
    const links = await page.$$eval('a[href*="/Network/"]', (as) => as.map((a) => a.getAttribute('href')));
    check('search page: "packet capture" finds the PacketCapture page', links.some((h) => /^\/[^/]+\/Network\/PacketCapture$/.test(h)), links.slice(0, 5).join(' '));
    check('search page: and its operations', links.some((h) => /^\/[^/]+\/Network\/PacketCapture#operations$/.test(h)), `${links.length} results`);
    noProblems('search page');

    // Widths, page by page.
    for (const route of builtRoutes(build)) {
      await visit(route);
      const m = await page.evaluate(measure);
      report.pages[route] = m;
      const generated = route !== '/' && !route.startsWith('/guide/');
      check(`${route}: no sideways scroll at ${o.width} px`, m.scrollWidth <= m.innerWidth, `scrollWidth ${m.scrollWidth}, window ${m.innerWidth}`);
      const wide = m.tables.filter((t) => t.scrollWidth > t.clientWidth + 1);
      const long = m.blocks.filter((b) => b.scrollWidth > b.clientWidth + 1 && !(b.widest > b.inner));
      if (generated) {
        check(`${route}: ${m.tables.length} tables fit the ${m.articleWidth} px article`, wide.length === 0,
          wide.map((t) => `${t.scrollWidth} px "${t.text}"`).join('; '));
        check(`${route}: ${m.blocks.length} code blocks scroll only for a line longer than the block`, long.length === 0,
          long.map((b) => `${b.scrollWidth} px, widest line ${Math.round(b.widest)} of ${Math.round(b.inner)} "${b.text}"`).join('; '));
        check(`${route}: nothing sticks out of the article`, m.outside.length === 0, m.outside.slice(0, 3).map((e) => `${e.tag} to ${e.right} px "${e.text}"`).join('; '));
      } else if (wide.length > 0) {
        console.log(`note ${route}: ${wide.length} of ${m.tables.length} tables scroll in their box (${wide.map((t) => `${t.scrollWidth} px`).join(', ')} in ${m.articleWidth} px)`);
      }
      noProblems(route);
    }
  } finally {
    await browser.close();
    server.close();
  }
  fs.writeFileSync(path.join(shots, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`screenshots and report.json in ${shots}`);
  console.log(`browser-check: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(`browser-check: ${e.stack || e}`);
  process.exitCode = 1;
});
