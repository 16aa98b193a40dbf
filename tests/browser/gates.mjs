// Browser quality gates on a built site, run by tests/suite/quality_gates.rs:
//   node tests/browser/gates.mjs PUBLIC_DIR
// For every page type in every language, in Debian's Chromium at 360 px:
// axe-core finds no WCAG 2.1 AA violation; no request leaves the site's
// origin; no cookie, storage or service worker; the Arabic and Tifinagh
// fonts are the site's own; and the quick exit leaves by click and by
// Shift×3 without Back returning; at 320 px with 200 % text nothing scrolls
// sideways; in dark mode and forced colours text and charts keep their
// contrast; chart text is 12 CSS px or more, never turned, and grows with the text size; the statistics
// print as a report (cover, contents, whole tables, method, page numbers). Prints one line per failure and exits 1.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import os from "node:os";

const require = createRequire(import.meta.url);
const root = path.resolve(process.argv[2] ?? "public");
const languages = (process.argv[3] ?? "ar,fr,zgh").split(",");
const TYPES = {
  home: "/LANG/",
  section: "/LANG/services/",
  page: "/LANG/services/listening/",
  news: "/LANG/news/first-meeting/",
  statistics: "/LANG/statistics/2025/",
  safety: "/LANG/safety/",
};
const TYPES_ONCE = { chooser: "/", "404": "/no-such-page/" };
const EXIT = "https://www.bbc.com/weather";
const TYPES_OF = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".woff2": "font/woff2", ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".csv": "text/csv; charset=utf-8", ".json": "application/json" };

const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

// A plain static server over the built folder, as any host would serve it.
const server = http.createServer((request, response) => {
  let file = path.join(root, decodeURIComponent(new URL(request.url, "http://x").pathname));
  if (!file.startsWith(root)) { response.writeHead(400); response.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) {
    response.writeHead(404, { "Content-Type": TYPES_OF[".html"] });
    response.end(fs.readFileSync(path.join(root, "404.html")));
    return;
  }
  response.writeHead(200, { "Content-Type": TYPES_OF[path.extname(file)] ?? "application/octet-stream" });
  response.end(fs.readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  // The exit target is another site: answer it locally so the test needs no network.
  await context.route(`${EXIT}**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><title>weather</title><p>neutral" }));
  const page = await context.newPage();
  return { context, page };
}

const pages = [];
for (const lang of languages) for (const [type, url] of Object.entries(TYPES)) pages.push({ lang, type, url: url.replace("LANG", lang) });
for (const [type, url] of Object.entries(TYPES_ONCE)) pages.push({ lang: "", type, url });

for (const { lang, type, url } of pages) {
  const where = `${type} ${lang} ${url}`;
  // Privacy and fonts, with the site's own Content-Security-Policy in force.
  {
    const { context, page } = await newPage();
    const requests = [];
    const violations = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => { if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text()); });
    const response = await page.goto(origin + url, { waitUntil: "load" });
    if (response.status() !== (type === "404" ? 404 : 200)) fail(where, `status ${response.status()}`);
    await page.evaluate(() => document.fonts.ready);
    for (const request of requests) if (!request.startsWith(origin)) fail(where, `request to another origin: ${request}`);
    for (const violation of violations) fail(where, `CSP: ${violation}`);
    const state = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      workers: (await navigator.serviceWorker?.getRegistrations?.() ?? []).length,
      fonts: [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, "")),
      exit: !!document.querySelector("[data-quick-exit]"),
    }));
    if (state.cookie || state.local || state.session || state.workers) fail(where, `leaves traces: ${JSON.stringify(state)}`);
    if (!state.exit) fail(where, "no quick exit");
    if ((lang === "ar" || type === "chooser") && !state.fonts.includes("Amal Arabic")) fail(where, `Arabic is not in the site's font (loaded: ${state.fonts})`);
    if ((lang === "zgh" || type === "chooser") && !state.fonts.includes("Amal Tifinagh")) fail(where, `Tifinagh is not in the site's font (loaded: ${state.fonts})`);
    await context.close();
  }
  // Accessibility: axe-core is injected, so the page's CSP is bypassed here.
  {
    const { context, page } = await newPage({ bypassCSP: true });
    await page.goto(origin + url, { waitUntil: "load" });
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const result = await page.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    for (const violation of result.violations) {
      fail(where, `axe ${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
    }
    await context.close();
  }
}

// The quick exit: by click and by Shift×3; Back never returns to the page left.
for (const how of ["click", "shift"]) {
  for (const lang of languages) {
    const where = `quick exit by ${how} (${lang})`;
    const { context, page } = await newPage();
    await page.goto(`${origin}/${lang}/`);
    const left = `${origin}/${lang}/safety/`;
    await page.goto(left);
    if (how === "click") await page.click("[data-quick-exit]");
    else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await page.waitForURL(`${EXIT}**`, { timeout: 5000 }).catch(() => fail(where, `did not leave (at ${page.url()})`));
    await page.goBack().catch(() => null);
    if (page.url() === left) fail(where, "Back returned to the page that was left");
    await context.close();
  }
}

// A whole visit is one history entry: clicked through the menu and left by
// the exit, Back finds no page of the site (site.yaml one_history_entry).
for (const lang of languages) {
  const where = `a visit, then the exit (${lang})`;
  const { context, page } = await newPage();
  await page.goto(`${origin}/${lang}/`);
  for (const target of ["get-help", "services", "safety"]) {
    await Promise.all([page.waitForURL(`**/${target}/**`), page.click(`.menu a[href*="/${target}/"]`)]);
  }
  await page.click("[data-quick-exit]");
  await page.waitForURL(`${EXIT}**`, { timeout: 5000 }).catch(() => fail(where, `did not leave (at ${page.url()})`));
  await page.goBack().catch(() => null);
  if (page.url().startsWith(origin)) fail(where, `Back returned to ${page.url()}`);
  await context.close();
}

// Someone watching her screen: while she scrolls, only the exit stays on
// screen, never the centre's name; the exit is the first Tab stop; at
// 200 % zoom (a 180 px wide viewport) it takes little of the screen.
for (const lang of languages) {
  for (const [width, height] of [[360, 740], [180, 370]]) {
    const where = `the exit while scrolling (${lang}, ${width} px)`;
    const { context, page } = await newPage({ viewport: { width, height } });
    await page.goto(`${origin}/${lang}/get-help/`);
    await page.keyboard.press("Tab");
    if (!(await page.evaluate(() => document.activeElement?.hasAttribute("data-quick-exit")))) fail(where, "the exit is not the first Tab stop");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const seen = await page.evaluate(() => {
      const box = (e) => e.getBoundingClientRect();
      const shown = (e) => box(e).bottom > 0 && box(e).top < innerHeight;
      const exit = document.querySelector("[data-quick-exit]");
      return { exit: shown(exit), share: box(exit).height / innerHeight, name: shown(document.querySelector(".site-name")) };
    });
    if (!seen.exit) fail(where, "the exit scrolled away");
    if (seen.name) fail(where, "the centre's name stays on screen while she scrolls");
    if (seen.share > 0.25) fail(where, `the exit takes ${Math.round(seen.share * 100)} % of the screen's height`);
    await context.close();
  }
}

// Tap targets of at least 44 × 44 px for what she taps to move around:
// the menu, the languages, list titles and the years of the statistics.
for (const lang of languages) {
  for (const url of [`/${lang}/`, `/${lang}/services/`, `/${lang}/statistics/`]) {
    const where = `tap targets ${url}`;
    const { context, page } = await newPage();
    await page.goto(origin + url);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll(".menu a, .languages a, .page-list h2 a, .page-list h3 a, .years a, .emergency-strip a, .tel-buttons a")]
        .map((a) => ({ text: a.textContent.trim(), box: a.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text} (${Math.round(box.width)} × ${Math.round(box.height)})`));
    for (const target of small) fail(where, `too small to tap: ${target}`);
    await context.close();
  }
}

// Every reader, every setting. Reflow: at 320 CSS px with the text at
// 200 %, nothing scrolls sideways (a wide table scrolls inside its own
// region). Dark mode and forced colours (Windows high contrast): the page's
// text and every chart label keep a contrast of at least 4.5:1 against what
// is behind them.
const contrastOf = () => {
  const rgb = (value) => {
    const m = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    return m ? { c: [+m[1], +m[2], +m[3]], a: m[4] === undefined ? 1 : +m[4] } : null;
  };
  const luminance = ([r, g, b]) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const behind = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const bg = rgb(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0.5) return bg.c;
    }
    return rgb(getComputedStyle(document.documentElement).backgroundColor)?.c ?? [255, 255, 255];
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const low = [];
  const check = (element, color, what) => {
    const fg = rgb(color);
    if (!fg) return;
    const r = ratio(fg.c, behind(element));
    if (r < 4.5) low.push(`${what} "${element.textContent.trim().slice(0, 30)}" ${r.toFixed(2)}:1`);
  };
  for (const text of document.querySelectorAll("svg.chart text")) check(text, getComputedStyle(text).fill, "chart text");
  for (const element of document.querySelectorAll("main p, main li, main th, main td, main h1, main h2, main a, .site-footer p, .emergency-strip a, .menu a, .languages a, .site-name, .quick-exit")) {
    if (element.getClientRects().length) check(element, getComputedStyle(element).color, element.tagName.toLowerCase());
  }
  return low.slice(0, 5);
};
for (const { lang, type, url } of pages) {
  const where = `${type} ${lang} ${url}`;
  {
    const { context, page } = await newPage({ viewport: { width: 320, height: 640 }, bypassCSP: true });
    await page.goto(origin + url, { waitUntil: "load" });
    await page.addStyleTag({ content: "html { font-size: 200% !important }" });
    const wide = await page.evaluate(() => {
      if (document.documentElement.scrollWidth <= innerWidth) return null;
      const over = [...document.querySelectorAll("body *")].filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width && (box.right > innerWidth + 1 || box.left < -1) && !e.closest(".stats-table");
      });
      return `${document.documentElement.scrollWidth} px wide; ${over.slice(0, 3).map((e) => e.tagName.toLowerCase() + (e.className ? "." + e.className : "")).join(", ")}`;
    });
    if (wide) fail(where, `at 320 px and 200 % text the page scrolls sideways: ${wide}`);
    await context.close();
  }
  // Charts a phone can read: no text under 12 CSS px at 360 px, none
  // turned on its side.
  {
    const { context, page } = await newPage({ bypassCSP: true });
    await page.goto(origin + url, { waitUntil: "load" });
    const unreadable = await page.evaluate(() => [...document.querySelectorAll("svg.chart")].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll("text")]
        .map((t) => ({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale, turned: /rotate/.test(t.getAttribute("transform") ?? "") }))
        .filter((t) => t.px < 12 || t.turned)
        .map((t) => `"${t.text}" ${t.px.toFixed(1)} px${t.turned ? ", turned" : ""}`);
    }));
    for (const text of unreadable.slice(0, 3)) fail(where, `chart text a phone cannot read: ${text}`);
    // A reader who sets her text to 200 % gets chart text that grows too
    // (the chart then scrolls inside its region, like a wide table).
    const chartText = () => [...document.querySelectorAll("svg.chart text")].map((t) =>
      parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width);
    const before = await page.evaluate(chartText);
    await page.addStyleTag({ content: "html { font-size: 200% !important }" });
    const after = await page.evaluate(chartText);
    const grew = before.map((px, i) => after[i] / px).sort((a, b) => a - b)[0];
    if (before.length && !(grew >= 1.5)) fail(where, `chart text does not grow with the reader's text size: ×${grew?.toFixed(2)} at 200 %`);
    await context.close();
  }
  for (const [mode, options] of [["dark mode", { colorScheme: "dark" }], ["forced colours", { forcedColors: "active" }]]) {
    const { context, page } = await newPage(options);
    await page.goto(origin + url, { waitUntil: "load" });
    for (const low of await page.evaluate(contrastOf)) fail(where, `${mode}: contrast ${low}`);
    await context.close();
  }
}

// The printed annual report, in each language: a cover (organisation,
// year, language, source), the contents, each table whole with its chart
// (a split table repeats its header), the method at the end, page
// numbers, and none of the site's chrome. Read back with pdftotext.
for (const lang of languages) {
  const where = `printed report (${lang})`;
  const { context, page } = await newPage();
  await page.goto(`${origin}/${lang}/statistics/2025/`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  const expected = await page.evaluate(() => {
    const text = (e) => e?.textContent.replace(/\s+/g, " ").trim() ?? "";
    return {
      cover: [...document.querySelectorAll(".report-cover > *")].map(text),
      method: text(document.querySelector(".method .privacy-note")).slice(0, 40),
      tables: document.querySelectorAll(".breakdown table").length,
      header: text(document.querySelector(".breakdown thead th:nth-child(2)")),
      exit: text(document.querySelector("body > .quick-exit")),
    };
  });
  const file = path.join(os.tmpdir(), `amal-report-${process.pid}-${lang}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await context.close();
  // pdftotext keeps bidi marks around Arabic runs; they are not text.
  const clean = (t) => t.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/\s+/g, " ");
  const pages = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).split("\f").map(clean).filter((p) => p.trim());
  fs.rmSync(file);
  const all = pages.join(" ");
  if (pages.length > expected.tables + 3) fail(where, `${pages.length} pages for ${expected.tables} tables (a table or a chart left alone on a page)`);
  // Right to left, "1 / 11" comes back from the PDF as it is drawn: "11 / 1".
  if (!pages[0].includes(`1 / ${pages.length}`) && !pages[0].includes(`${pages.length} / 1`)) {
    fail(where, `no page number on the cover: ${pages[0].slice(0, 80)}`);
  }
  // The method, on the last page, may use the same word.
  const headers = pages.slice(0, -1).join(" ").split(expected.header).length - 1;
  if (headers !== expected.tables) fail(where, `the column header "${expected.header}" is printed ${headers} times for ${expected.tables} tables (a table split across pages)`);
  // Arabic comes back from the PDF with its ligatures taken apart: its
  // words are compared where pdftotext keeps them, in French and Tifinagh.
  if (lang !== "ar") {
    for (const line of expected.cover) if (!pages[0].includes(line)) fail(where, `the cover lacks "${line}"`);
    if (!pages.at(-1).includes(expected.method)) fail(where, `the method is not at the end: ${pages.at(-1).slice(0, 80)}`);
    if (all.includes(expected.exit)) fail(where, "the quick exit is printed");
  }
}

await browser.close();
server.close();
for (const failure of failures) console.log(failure);
console.log(`${pages.length} pages checked, ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
