/**
 * The demo's offline design, as `npm start` serves it: the shop's service worker answers
 * every vendor host with the local stand-ins, so nothing reaches the network. (The other
 * journeys block the service worker and answer vendor hosts with routes instead.)
 */
import { decide, expect, ranOn, test, TRACKERS } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('offline: once the service worker controls the page, accepted vendors run from the stand-ins and no request leaves for a vendor host', async ({
  page,
  context,
  shopServer,
}) => {
  // Registered after the visitor's routes, so this one sees any request that escapes the service worker.
  const escaped: string[] = [];
  await context.route(
    (url) => url.origin !== shopServer.url,
    (route) => {
      escaped.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), {
      message: 'service worker controls the page',
    })
    .toBe(true);

  await decide(page, 'accept');
  await expect.poll(() => ranOn(page)).toEqual([...TRACKERS].sort());
  const panel = page.getByRole('complementary', { name: /Demopanel/ });
  await expect(panel.locator('[data-panel="requests"]')).toHaveText(/besvarade lokalt av service workern: [1-9]\d*/);
  await expect(panel.locator('[data-service="meta-pixel"]')).toHaveAttribute('data-ran', 'yes');
  await expect(panel).toContainText('_fbp');

  // On the next page the service worker is in control from the start.
  await page.goto('/produkter/bris-35');
  await expect.poll(() => ranOn(page)).toEqual([...TRACKERS].sort());
  await page.waitForTimeout(500);
  expect(escaped).toEqual([]);
});
