// Drives the gen serve preview as an author and a template editor do: opens the page in Debian's headless Chromium,
// saves the report, saves a template, saves a broken template, and measures how long each save takes to show.
//
//   node serve-check.mjs URL REPORT.yaml TEMPLATE.ftlh OUT_DIR
//
// Prints one JSON object on standard output:
//   {"steps": [{"step", "millis", "shown"}], "traversal": [{"path", "status"}], "screenshot"}
// where millis is the time from the save to the text appearing in the page (-1: not within 10 s).
// Exit code 0 when the steps ran (whatever they found), 2 on a usage error, 3 when the browser failed.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [url, report, template, outDir] = process.argv.slice(2);
if (!url || !report || !template || !outDir) {
  console.error('usage: node serve-check.mjs URL REPORT.yaml TEMPLATE.ftlh OUT_DIR');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's text and its frame's (the report's HTML), or '' while the page reloads. */
async function texts(page) {
  try {
    return await page.evaluate(() => {
      const frame = document.querySelector('iframe');
      const inner = frame && frame.contentDocument && frame.contentDocument.body ? frame.contentDocument.body.innerText : '';
      return { page: document.body ? document.body.innerText : '', report: inner };
    });
  } catch (e) {
    return { page: '', report: '' }; // the page is reloading
  }
}

/** Saves FILE with EDIT applied, then waits until WANTED(texts) holds; the time from the save in ms, or -1. */
async function save(page, file, edit, wanted) {
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  const start = Date.now();
  while (Date.now() - start < 10000) {
    if (wanted(await texts(page))) return Date.now() - start;
    await sleep(10);
  }
  return -1;
}

let browser;
try {
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  const steps = [];
  // Each step's marker is new text, so the step is seen only once the save is shown (the title's second
  // line of the seed this is run on gets one).
  let millis = await save(page, report, (text) => text.replace('\n  - 公开工作年度报告\n', '\n  - 公开工作年度报告预览测试一\n'),
    (t) => t.report.includes('预览测试一'));
  steps.push({ step: 'report saved', millis, shown: (await texts(page)).report.slice(0, 80) });
  millis = await save(page, template, (text) => text.replace('<body>', '<body><p>模板改过了</p>'),
    (t) => t.report.includes('模板改过了'));
  steps.push({ step: 'template saved', millis, shown: (await texts(page)).report.slice(0, 80) });
  millis = await save(page, template, (text) => text.replace('<p>模板改过了</p>', '${nothing.here}'),
    (t) => /report\.ftlh:\d+:\d+: error/.test(t.page));
  const shown = (await texts(page)).page;
  steps.push({ step: 'broken template saved', millis, shown: shown.slice(shown.indexOf('report.ftlh'), shown.indexOf('report.ftlh') + 200) });
  // The page has just reloaded: let its frame show the last good HTML before the screenshot is taken.
  for (const start = Date.now(); Date.now() - start < 5000 && !(await texts(page)).report; ) await sleep(50);
  const screenshot = path.join(outDir, 'serve-broken-template.png');
  await page.screenshot({ path: screenshot, fullPage: false });
  // What a script in any page could ask the server for: paths out of the preview.
  const traversal = [];
  for (const p of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/report.html/..%2f..%2fpom.xml']) {
    const status = await page.evaluate(async (p) => (await fetch(p)).status, p);
    traversal.push({ path: p, status });
  }
  console.log(JSON.stringify({ steps, traversal, screenshot }));
} catch (e) {
  console.error(`browser check failed: ${e && e.message ? e.message : e}`);
  process.exitCode = 3;
} finally {
  if (browser) await browser.close();
}
