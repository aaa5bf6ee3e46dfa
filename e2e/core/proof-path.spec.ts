/**
 * The proof path (`cookiegate-proof.js`, issue 15): a page without `proofEndpoint` never
 * downloads it; with one, it comes after the decision is applied: the tags a decision
 * grants run, and the consent cookie is written, while it is still on its way, and the
 * signed proof is sent once it is there.
 */
import { expect, ORIGIN, settled, test } from '../harness';
import { consentOf, L, shop, ui } from '../ui/fixtures';

// A gated tag of the analytics category: it runs once analytics is granted.
const TAG = '<script type="text/plain" data-consent="analytics">window.tagRan = true</script>';
const ran = (p: import('@playwright/test').Page) => p.evaluate(() => (window as { tagRan?: boolean }).tagRan === true);
const paths = (requests: string[]) => requests.map((u) => new URL(u).pathname);

test('without proofEndpoint, accepting never downloads cookiegate-proof.js', async ({ page, site }) => {
  site.serve('/', shop('sv', {}, TAG));
  await page.goto(ORIGIN + '/');
  await ui(page).banner.getByRole('button', { name: L.sv.accept }).click();
  await expect.poll(() => ran(page)).toBe(true);
  await settled(page);
  expect(paths(site.requests)).toContain('/cookiegate-decide.js');
  expect(paths(site.requests)).not.toContain('/cookiegate-proof.js');
});

test('with proofEndpoint, the granted tag runs and the cookie is written before cookiegate-proof.js arrives; the signed proof follows', async ({
  page,
  site,
}) => {
  const proofs: Record<string, unknown>[] = [];
  site.serve('/', shop('sv', { proofEndpoint: '/v1/proofs' }, TAG));
  await page.route('**/v1/proofs', (route) => {
    proofs.push(route.request().postDataJSON());
    return route.fulfill({ status: 201, contentType: 'application/json', body: '{}' });
  });
  let arrive!: () => void;
  const held = new Promise<void>((r) => (arrive = r));
  await page.route('**/cookiegate-proof.js', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto(ORIGIN + '/');
  await ui(page).banner.getByRole('button', { name: L.sv.accept }).click();
  await expect.poll(() => ran(page)).toBe(true);
  const consent = await consentOf(page);
  expect(consent?.decisions.analytics).toBe(true);
  expect(await page.evaluate(() => document.cookie)).toContain(consent.id);
  await expect.poll(() => paths(site.requests).includes('/cookiegate-proof.js')).toBe(true);
  expect(proofs).toEqual([]);

  arrive();
  await expect.poll(() => proofs.length).toBe(1);
  expect(proofs[0]).toMatchObject({ action: 'accept_all', consentId: consent.id, surface: 'banner' });
  expect(proofs[0]!.chainKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
  expect(proofs[0]!.sig).toEqual(expect.any(String));
});

test('a visitor who leaves before cookiegate-proof.js arrives loses no proof: the next page signs it with the first page and time', async ({
  page,
  site,
}) => {
  const proofs: Record<string, unknown>[] = [];
  site.serve('/', shop('sv', { proofEndpoint: '/v1/proofs' }, TAG));
  site.serve('/next', shop('sv', { proofEndpoint: '/v1/proofs' }, TAG));
  await page.route('**/v1/proofs', (route) => {
    proofs.push(route.request().postDataJSON());
    return route.fulfill({ status: 201, contentType: 'application/json', body: '{}' });
  });
  // On the first page the proof path never arrives.
  let first = true;
  await page.route('**/cookiegate-proof.js', (route) => (first ? undefined : route.fallback()));
  await page.goto(ORIGIN + '/');
  const clicked = new Date().toISOString();
  await ui(page).banner.getByRole('button', { name: L.sv.accept }).click();
  await expect.poll(() => ran(page)).toBe(true);
  const consent = await consentOf(page);
  await expect.poll(() => paths(site.requests).includes('/cookiegate-proof.js')).toBe(true);
  first = false;
  await page.goto(ORIGIN + '/next');
  await expect.poll(() => proofs.length).toBe(1);
  expect(proofs[0]).toMatchObject({
    action: 'accept_all',
    consentId: consent.id,
    surface: 'banner',
    page: ORIGIN + '/',
  });
  expect(proofs[0]!.chainKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
  expect(proofs[0]!.clientTime >= clicked.slice(0, 19)).toBe(true);
  await settled(page);
  expect(proofs).toHaveLength(1);
});
