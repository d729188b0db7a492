import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-gl=swiftshader','--enable-unsafe-swiftshader','--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.split('\n').slice(0,8).join('\n')));
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
const base = process.argv[2];
for (const path of process.argv.slice(3)) {
  console.log('==', path);
  await page.goto(base + path);
  await page.waitForTimeout(4000);
  console.log('target', await page.evaluate(() => document.querySelector(':target')?.id), 'url', page.url());
}
await browser.close();
