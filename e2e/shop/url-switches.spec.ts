/**
 * The demo's switches are the server's own settings: no query string makes a visitor's
 * browser load the vendors' tags ungated, and none writes a re-prompt with another
 * revision into the proof log.
 */
import { CONFIG, consentOf, decide, expect, settled, test } from './fixtures';
import { entries } from './receipts';

test('?snippets=verbatim serves the gated tags all the same: nothing is fetched from a vendor', async ({
  page,
  request,
  visitor,
}) => {
  const html = await (await request.get('/?snippets=verbatim')).text();
  expect(html).toContain(
    '<script type="text/plain" data-consent="google-analytics" async src="https://www.googletagmanager.com/gtag/js?id=',
  );
  expect(html).not.toMatch(/<script async src="https:\/\/www\.googletagmanager\.com/);
  await page.goto('/?snippets=verbatim');
  await settled(page);
  expect(visitor.vendorRequests()).toEqual([]);
});

test('?revision=N changes nothing: the decision stands, no re-prompt is recorded', async ({
  page,
  request,
  shopServer,
}) => {
  await page.goto('/');
  await decide(page, 'accept');
  const { id } = await consentOf(page);
  await page.goto('/?revision=7');
  await settled(page);
  expect(await page.evaluate(() => (window as any).cookiegate.getConfig().revision)).toBe(CONFIG.revision);
  expect((await consentOf(page)).id).toBe(id);
  const actions = async () => (await entries(request, shopServer, id)).map((e) => e.record.action);
  await expect.poll(actions).toEqual(['accept_all']);
  // A re-prompt would be sent right after the page loaded.
  await page.waitForTimeout(1000);
  expect(await actions()).toEqual(['accept_all']);
});
