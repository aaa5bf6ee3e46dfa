import {
  allStorage,
  banner,
  consentCommands,
  consentOf,
  CONFIG,
  decide,
  expect,
  GOOGLE_TYPES,
  ranOn,
  settled,
  test,
} from './fixtures';

test.describe('first visit', () => {
  test('banner in Swedish; no vendor is contacted and no tracker cookie set, for 10 s, across three navigations and scrolling', async ({
    page,
    visitor,
  }) => {
    test.setTimeout(40_000);
    const checkNothingRan = async (where: string) => {
      expect(visitor.foreignRequests(), `requests to other hosts on ${where}`).toEqual([]);
      expect(await visitor.trackerCookies(), `tracker cookies on ${where}`).toEqual([]);
      expect(await allStorage(page), `web storage on ${where}`).toEqual({ local: [], session: [], indexedDB: [] });
      expect(await ranOn(page), `vendor scripts that ran on ${where}`).toEqual([]);
      expect(await consentOf(page), `decision on ${where}`).toBeNull();
    };
    const start = Date.now();

    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    // The first layer, in Swedish, with three equal choices.
    await expect(banner(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Acceptera alla', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Anpassa', exact: true })).toBeVisible();
    // Scrolling to the bottom and back is not consent.
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(1500);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(1000);
    await checkNothingRan('the start page');

    // Three navigations through the shop's own links: still asked, still nothing.
    for (const [link, path] of [
      ['Värmepumpar', '/produkter/norrsken-9'],
      ['Varukorg', '/varukorg'],
      ['Cookies', '/cookies'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link }).click();
      await expect(page).toHaveURL(new RegExp(path + '$'));
      await expect(banner(page)).toBeVisible();
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(2500);
      await checkNothingRan(path);
    }
    // Stay until at least 10 s have passed since arriving.
    await page.waitForTimeout(Math.max(0, 10_000 - (Date.now() - start)));
    await checkNothingRan('the cookie policy after 10 s');
    expect(Date.now() - start).toBeGreaterThanOrEqual(10_000);

    // Google Consent Mode: everything denied by default, before any Google command.
    const { commands, configBeforeDefault } = await consentCommands(page);
    expect(configBeforeDefault).toBe(false);
    expect(commands.map(([c]) => c)).toEqual(['default']);
    for (const t of GOOGLE_TYPES) expect(commands[0]![1][t], t).toBe('denied');

    // Only the shop's necessary cookies exist: Magento's session (HttpOnly) and form key.
    expect(await visitor.cookieNames()).toEqual(['PHPSESSID', 'form_key']);
    const session = (await page.context().cookies()).find((c) => c.name === 'PHPSESSID')!;
    expect(session.httpOnly).toBe(true);
  });

  test('the shop works without any decision: the cart keeps its items (necessary cookies only)', async ({
    page,
    visitor,
  }) => {
    await page.goto('/produkter/bris-35');
    await page.getByRole('button', { name: 'Lägg i varukorg' }).click();
    await expect(page).toHaveURL(/\/varukorg$/);
    await expect(page.getByRole('cell', { name: 'Luft/luft-värmepump Bris 3,5 kW', exact: true })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Varukorg/ })).toContainText('1');
    expect(visitor.foreignRequests()).toEqual([]);
    expect(await visitor.trackerCookies()).toEqual([]);
  });

  test('the chat loads only when the visitor asks for it (click-to-load), and then sets its visitor id', async ({
    page,
    visitor,
  }) => {
    await page.goto('/');
    await page.waitForTimeout(500);
    expect(visitor.vendorRequests('zendesk')).toEqual([]);
    await page.getByRole('button', { name: /Chatta med oss/ }).click();
    await expect(page.getByRole('dialog', { name: /Chatt/ })).toBeVisible();
    await expect.poll(() => visitor.trackerCookies()).toEqual(['__zlcmid']);
    expect(visitor.vendorRequests('zendesk').length).toBeGreaterThan(0);
    // A necessary, visitor-requested service: it ran without a consent decision, nothing else did.
    expect(await ranOn(page)).toEqual(['zendesk-chat']);
    expect(visitor.vendorRequests().filter((u) => !/zdassets\.com/.test(new URL(u).hostname))).toEqual([]);
  });

  test('the live panel shows the decision, the scripts that ran and the cookies', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('complementary', { name: /Demopanel/ });
    await expect(panel).toContainText('Inget val ännu');
    await expect(panel.locator('[data-service="google-analytics"]')).toHaveAttribute('data-ran', 'no');
    await expect(panel).toContainText('form_key');
    await expect(panel).toContainText('PHPSESSID är HttpOnly');
  });
});

test.describe('languages', () => {
  for (const [lang, accept, reject, customize, nav] of [
    ['en', 'Accept all', 'Reject all', 'Customize', 'Heat pumps'],
    ['da', 'Accepter alle', 'Afvis alle', 'Tilpas', 'Varmepumper'],
  ] as const) {
    test(`${lang}: the page, the banner and the shop's links follow the chosen language; still nothing runs`, async ({
      page,
      visitor,
    }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const name of [accept, reject, customize])
        await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      await page.getByRole('navigation').first().getByRole('link', { name: nav }).click();
      await expect(page).toHaveURL(new RegExp(`/produkter/norrsken-9\\?lang=${lang}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.waitForTimeout(1000);
      expect(visitor.foreignRequests()).toEqual([]);
      expect(await visitor.trackerCookies()).toEqual([]);
      expect(await ranOn(page)).toEqual([]);
    });
  }
});

test('the cookie policy, before any decision: names the controller, every vendor and every cookie with its own lifetime, explains withdrawal, and never claims consent by use', async ({
  page,
  visitor,
}) => {
  await page.goto('/cookies');
  const main = page.getByRole('main');
  await expect(main).toContainText('Solgläntan Värme AB (org.nr 559900-0000');
  await expect(main).toContainText('återkalla');
  await expect(main).toContainText('betyder inte att du godkänner');
  expect(await main.innerText()).not.toMatch(/genom att använda vår webbplats godkänner du/i);
  // The declaration (cookiegate's, or the shop's own table until it renders).
  for (const vendor of ['Google Ireland', 'Meta Platforms', 'Smartlook', 'Zendesk'])
    await expect(page.getByText(vendor).filter({ visible: true }).first(), vendor).toBeVisible();
  const names = Object.values(CONFIG.services as Record<string, { cookies?: ({ name: string } | string)[] }>)
    .flatMap((s) => s.cookies ?? [])
    .map((c) => (typeof c === 'string' ? c : c.name));
  expect(names.length).toBeGreaterThan(5);
  for (const name of names) {
    const cell = page.getByRole('cell', { name, exact: true }).or(page.getByRole('rowheader', { name, exact: true }));
    const row = page.getByRole('row').filter({ has: cell }).first();
    await expect(row, name).toContainText(
      /\d+\s*(år|dygn|dagar|dag|månader|månad|veckor|vecka|timmar|timme|minuter|minut)/,
    );
  }
  // cookiegate's own declaration renders there too (in its shadow root), with its own lifetimes and the visitor's choice.
  const declaration = page.locator('[data-cookiegate-declaration]');
  for (const text of ['Google Analytics (Google Ireland Ltd)', '_ga', '2 år', '_fbp', '__zlcmid', 'PHPSESSID'])
    await expect(declaration.getByRole('cell', { name: text, exact: true }).first(), text).toBeVisible();
  await expect(declaration.getByText('Ditt val: Inget val ännu').first()).toBeVisible();
  await expect(declaration.getByRole('button', { name: /Ändra/ })).toBeVisible();
  expect(visitor.foreignRequests()).toEqual([]);
  expect(await visitor.trackerCookies()).toEqual([]);
});

test('the shop config is clean: cookiegate reports no config problem and no unknown third-party host', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  for (const path of ['/', '/cookies']) {
    await page.goto(path);
    await settled(page);
  }
  await decide(page, 'accept');
  await expect.poll(() => ranOn(page).then((r) => r.length)).toBe(4);
  await page.waitForTimeout(500);
  expect(messages.filter((m) => !/Service Worker registration blocked/.test(m))).toEqual([]);
});
