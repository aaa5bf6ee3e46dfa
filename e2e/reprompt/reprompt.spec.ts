/**
 * Re-prompts that respect a refusal (issue 16): after the config's revision was raised, a
 * visitor is asked only about what is new to them, on the UI tests' shop (statistics by
 * Stats AB; revision 2 adds marketing with Ads Inc). A refusal of an unchanged purpose
 * stands, the rest of the decision stays, a text-only revision asks nobody, and the
 * `reprompt` proof lists what was asked (once, however many pages stay unanswered).
 */
import type { Page } from '@playwright/test';
import { expect, ORIGIN, settled, test, type Site } from '../harness';
import { axe, config as shopConfig, consentOf, shop, shot, ui } from '../ui/fixtures';

// Revision 1: the shop without marketing. Revision 2: marketing and its service added.
const { marketing: _m, ...categories1 } = shopConfig.categories;
const { ads: _a, ...services1 } = shopConfig.services;
const r1 = { revision: 1, categories: categories1, services: services1, proofEndpoint: '/v1/proofs' };
const r2 = { revision: 2, proofEndpoint: '/v1/proofs' };
const statsScript = '<script type="text/plain" data-consent="stats" src="https://stats.example/t.js"></script>';

type Proof = { action: string; asked?: string[]; decisions: Record<string, boolean>; revision: number; sig: string };

/**
 * The shop with a stats stand-in (it sets `_st`) and a proof endpoint that keeps each proof
 * once: a page left before the answer came leaves its proof queued, and the next page sends
 * the same signed body again (the real server answers it as a duplicate).
 */
async function open(page: Page, site: Site, first: Record<string, unknown> = r1): Promise<Proof[]> {
  const proofs: Proof[] = [];
  site.host('stats.example', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "document.cookie = '_st=1; path=/; max-age=600';" }),
  );
  await page.route('**/v1/proofs', (route) => {
    const proof: Proof = route.request().postDataJSON();
    if (!proofs.some((p) => p.sig == proof.sig)) proofs.push(proof);
    return route.fulfill({ status: 201, contentType: 'application/json', body: '{"id":"x","index":0}' });
  });
  site.serve('/', shop('sv', first, '', statsScript));
  await page.goto(ORIGIN + '/');
  return proofs;
}

/** Raises the revision to `extra` (revision 2 and its changes) and reloads. */
async function raise(page: Page, site: Site, extra: Record<string, unknown>) {
  site.serve('/', shop('sv', { ...r2, ...extra }, '', statsScript));
  await page.reload();
}

const banner = (page: Page) => ui(page).banner;
/** Opens the shop (revision 1 unless `first`) and accepts all; the statistics script runs. */
async function acceptedAll(page: Page, site: Site, first?: Record<string, unknown>): Promise<Proof[]> {
  const proofs = await open(page, site, first);
  await button(page, 'Acceptera alla').click();
  await expect.poll(() => statsRequests(site)).toBe(1);
  return proofs;
}
/** Opens the shop on revision 1 and rejects all. */
async function rejectedAll(page: Page, site: Site): Promise<Proof[]> {
  const proofs = await open(page, site);
  await button(page, 'Avvisa alla').click();
  await expect.poll(() => consentOf(page)).toMatchObject({ revision: 1, decisions: { analytics: false } });
  return proofs;
}
const button = (page: Page, name: string) => banner(page).getByRole('button', { name, exact: true });
const statsRequests = (site: Site) => site.requestsTo('stats.example').length;

test('refused statistics, marketing added: asked only about marketing; the refusal stands; the proof lists what was asked', async ({
  page,
  site,
}) => {
  const proofs = await rejectedAll(page, site);
  const id = (await consentOf(page)).id;

  await raise(page, site, {});
  await expect(banner(page)).toHaveAccessibleName('Något nytt sedan ditt senaste val');
  // Only the new purpose and its partner; statistics is not asked about again.
  await expect(banner(page)).toContainText('för marknadsföring.');
  await expect(banner(page)).not.toContainText('statistik');
  await expect(banner(page)).toContainText('Dina övriga val gäller som förut.');
  await expect(banner(page).locator('.btns').getByRole('button')).toHaveText(['Acceptera', 'Avvisa', 'Anpassa']);
  expect((await axe(page, 'cookiegate-ui')).violations).toEqual([]);
  await shot(page, 'reprompt-sv-1366');

  await expect.poll(() => proofs.filter((p) => p.action == 'reprompt')).toHaveLength(1);
  const reprompt = proofs.find((p) => p.action == 'reprompt')!;
  expect(reprompt).toMatchObject({ consentId: id, revision: 2, asked: ['marketing', 'ads'] });
  expect(reprompt.decisions).toMatchObject({ analytics: false, stats: false, marketing: false, ads: false });
  // The decision's other proofs carry no `asked`.
  expect(proofs.filter((p) => p.action != 'reprompt' && 'asked' in p)).toEqual([]);

  await button(page, 'Acceptera').click();
  await expect(banner(page)).toBeHidden();
  const after = await consentOf(page);
  expect(after).toMatchObject({ id, revision: 2 });
  expect(after.decisions).toEqual({
    necessary: true,
    magento: true,
    analytics: false,
    stats: false,
    marketing: true,
    ads: true,
  });
  expect(after.asked).toBeUndefined();
  expect(proofs.at(-1)).toMatchObject({ action: 'custom', surface: 'banner', revision: 2 });
  expect(statsRequests(site)).toBe(0);

  // Answered: the next page asks nothing and sends no re-prompt.
  await page.reload();
  await settled(page);
  await expect(banner(page)).toBeHidden();
  expect(proofs.filter((p) => p.action == 'reprompt')).toHaveLength(1);
  expect(statsRequests(site)).toBe(0);
});

test('an unanswered re-prompt is recorded once: more page views before an answer send no other reprompt proof', async ({
  page,
  site,
}) => {
  const proofs = await rejectedAll(page, site);
  await raise(page, site, {});
  await expect(banner(page)).toHaveAccessibleName('Något nytt sedan ditt senaste val');
  await expect.poll(() => proofs.filter((p) => p.action == 'reprompt')).toHaveLength(1);
  // The visitor browses on without answering: each page asks again, and records nothing new.
  for (let view = 0; view < 2; view++) {
    await page.reload();
    await expect(banner(page)).toHaveAccessibleName('Något nytt sedan ditt senaste val');
    await settled(page);
  }
  expect(proofs.map((p) => [p.action, p.revision])).toEqual([
    ['reject_all', 1],
    ['reprompt', 2],
  ]);
  // The answer is recorded as ever.
  await button(page, 'Avvisa').click();
  await expect.poll(() => proofs.at(-1)).toMatchObject({ action: 'custom', revision: 2 });
});

test('accepted all, marketing added: asked about marketing only, statistics keeps running; a reject there leaves statistics granted', async ({
  page,
  site,
}) => {
  const proofs = await acceptedAll(page, site);

  await raise(page, site, {});
  await expect(banner(page)).toHaveAccessibleName('Något nytt sedan ditt senaste val');
  await expect(banner(page)).not.toContainText('statistik');
  // Accepted stays accepted: the statistics script runs on the re-prompt's page too.
  await expect.poll(() => statsRequests(site)).toBe(2);
  expect(await consentOf(page)).toMatchObject({
    asked: ['marketing', 'ads'],
    decisions: { analytics: true, stats: true, marketing: false, ads: false },
  });
  await expect.poll(() => proofs.find((p) => p.action == 'reprompt')?.asked).toEqual(['marketing', 'ads']);

  await button(page, 'Avvisa').click();
  await expect(banner(page)).toBeHidden();
  expect((await consentOf(page)).decisions).toEqual({
    necessary: true,
    magento: true,
    analytics: true,
    stats: true,
    marketing: false,
    ads: false,
  });
});

test('a revision that only changed texts asks nobody: the decision carries over, its scripts run', async ({
  page,
  site,
}) => {
  const proofs = await acceptedAll(page, site);
  const before = await consentOf(page);

  await raise(page, site, {
    categories: categories1,
    services: { ...services1, stats: { ...services1.stats, title: { sv: 'Statistik om besök', en: 'Visits' } } },
  });
  await expect.poll(() => consentOf(page)).toMatchObject({ revision: 2 });
  const after = await consentOf(page);
  expect(after).toEqual({ ...before, revision: 2 });
  await expect.poll(() => statsRequests(site)).toBe(2);
  await settled(page);
  await expect(banner(page)).toBeHidden();
  // Nothing was shown or answered: no record (README, "Re-prompts that respect a refusal").
  expect(proofs.map((p) => p.action)).toEqual(['accept_all']);
  // The cookie says revision 2 now: the next page decides nothing again.
  await page.reload();
  await settled(page);
  await expect(banner(page)).toBeHidden();
  expect(await consentOf(page)).toEqual(after);
  expect(proofs.map((p) => p.action)).toEqual(['accept_all']);
});

test('a changed purpose is asked about again, and refused until answered; the preferences still show all', async ({
  page,
  site,
}) => {
  // The shop with statistics and marketing from revision 1; revision 2 changes what statistics is for.
  await acceptedAll(page, site, { revision: 1, proofEndpoint: '/v1/proofs' });

  await raise(page, site, { categories: { ...shopConfig.categories, analytics: { purposeChanged: 2 } } });
  await expect(banner(page)).toHaveAccessibleName('Något nytt sedan ditt senaste val');
  await expect(banner(page)).toContainText('för statistik.');
  await expect(banner(page)).not.toContainText('marknadsföring');
  await settled(page);
  // Granted for the old purpose only: nothing runs for the new one before an answer, and its cookie went.
  expect(statsRequests(site)).toBe(1);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('_st');
  expect(await consentOf(page)).toMatchObject({
    asked: ['analytics', 'stats'],
    decisions: { analytics: false, stats: false, marketing: true, ads: true },
  });

  await button(page, 'Anpassa').click();
  const prefs = ui(page).prefs;
  await expect(prefs).toBeVisible();
  await expect(prefs.locator('#cg-analytics')).not.toBeChecked();
  await expect(prefs.locator('#cg-marketing')).toBeChecked();
  expect((await axe(page, 'cookiegate-ui')).violations).toEqual([]);
});

test('every purpose changed: nothing is kept, the first banner asks about everything, and the proof lists it', async ({
  page,
  site,
}) => {
  const proofs = await acceptedAll(page, site);
  await raise(page, site, { categories: { ...categories1, analytics: { purposeChanged: 2 } }, services: services1 });
  await expect(banner(page)).toHaveAccessibleName('Vi använder cookies');
  expect(await consentOf(page)).toBeNull();
  await expect.poll(() => proofs.find((p) => p.action == 'reprompt')?.asked).toEqual(['analytics', 'stats']);
});
