import { startServer, launchBrowser, waitReady, config } from './lib.mjs';
const server = await startServer();
const browser = await launchBrowser();
const shots = [
  ['home-1280', '', 1280, 720], ['card-path-1280', '#/kaart/skiv-beslist-niet', 1280, 720],
  ['map-default-1280', '#/proces/kb-maatregel', 1280, 720], ['map-default-1920', '#/proces/terugkeer', 1920, 1080],
  ['map-step-800', '#/proces/kb-maatregel/stap/melding', 800, 600], ['role-path-1920', '#/rol/ind-contactpersoon', 1920, 1080],
];
for (const [name, hash, w, h] of shots) {
  const context = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await context.newPage();
  await page.goto(server.url + hash);
  await waitReady(page);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/walk/${name}.png` });
  if (name === 'card-path-1280') console.log('title:', await page.title(), 'lang:', await page.evaluate(() => document.documentElement.lang));
  await context.close();
}
await browser.close();
await server.stop();
