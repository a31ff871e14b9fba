// Checks HTML pages as a reader's browser shows them: each page is opened in headless Chromium (Debian's, never a
// downloaded one) at each width, axe-core checks it against WCAG 2.1 A and AA, the page is measured for sideways
// scrolling outside its tables' own scroll boxes, and a full-page screenshot is kept.
//
//   node axe-check.mjs OUT_DIR WIDTHS FILE.html...      e.g. node axe-check.mjs target/web 360,1280 output/a.html
//
// Writes OUT_DIR/NAME-WIDTH.png for each page and width, and prints one JSON object on standard output:
//   {"pages": [{"file", "width", "violations": [{"id", "impact", "help", "nodes": [{"target", "summary"}]}],
//               "pageWidth", "viewportWidth", "overflowing": [selector...], "screenshot"}]}
// Exit code 0 when every page was checked (whatever was found), 2 on a usage error, 3 when the browser failed.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const [outDir, widthList, ...files] = process.argv.slice(2);
if (!outDir || !widthList || files.length === 0) {
  console.error('usage: node axe-check.mjs OUT_DIR WIDTHS FILE.html...');
  process.exit(2);
}
const widths = widthList.split(',').map(Number);
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

let browser;
try {
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // As root on this machine: no sandbox; and no background connections, which the closed network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--font-render-hinting=none'],
  });
  const pages = [];
  for (const file of files) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const axeResult = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        const root = document.documentElement;
        // Any element reaching past the viewport's right edge, other than what sits inside a scroll box of its own.
        const overflowing = [];
        for (const el of document.body.querySelectorAll('*')) {
          if (el.closest('.table-scroll') && !el.classList.contains('table-scroll')) continue;
          const box = el.getBoundingClientRect();
          if (box.right > root.clientWidth + 0.5 || box.left < -0.5) {
            overflowing.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : ''));
          }
        }
        return {
          violations: axeResult.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
          })),
          pageWidth: root.scrollWidth,
          viewportWidth: root.clientWidth,
          overflowing,
        };
      }, TAGS);
      const screenshot = path.join(outDir, `${path.basename(file, '.html')}-${width}.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      pages.push({ file, width, ...result, screenshot });
      await page.close();
    }
  }
  console.log(JSON.stringify({ pages }));
} catch (e) {
  console.error(`browser check failed: ${e && e.message ? e.message : e}`);
  process.exitCode = 3;
} finally {
  if (browser) await browser.close();
}
