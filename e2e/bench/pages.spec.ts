/**
 * Smoke test of the benchmark harness (the benchmark itself is `npm run bench`, not part of
 * `npm test`): each tool's page loads, shows its banner, and contacts no vendor before
 * consent.
 */
import { test, expect } from '@playwright/test';
import { serve } from './server.mjs';
import { TOOLS } from './tools.mjs';

let server: { origin: string; close(): Promise<void> };
test.beforeAll(async () => {
  server = await serve(TOOLS);
});
test.afterAll(async () => {
  await server?.close();
});

for (const tool of TOOLS) {
  test(`bench page of ${tool.name} shows its banner and gates the tags`, async ({ page, context }) => {
    const outside: string[] = [];
    await context.route(
      (url) => url.origin !== server.origin,
      (route) => {
        outside.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await page.goto(`${server.origin}/${tool.name}`);
    await expect
      .poll(
        () =>
          page.evaluate((expr) => {
            const el = eval(expr) as Element | null;
            const r = el?.getBoundingClientRect();
            return !!r && r.width > 0 && r.height > 0;
          }, tool.banner),
        { timeout: 10_000 },
      )
      .toBe(true);
    await expect(
      page
        .locator('button')
        .filter({ hasText: /^\s*Acceptera alla\s*$/ })
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    expect(outside).toEqual([]);
    // Nor did the tags' inline code run.
    expect(
      await page.evaluate(() => [
        typeof (window as any).dataLayer,
        typeof (window as any).fbq,
        typeof (window as any).smartlook,
      ]),
    ).toEqual(['undefined', 'undefined', 'undefined']);
  });
}
