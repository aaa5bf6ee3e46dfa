import { verifyReceipt, type Receipt } from '@cookiegate/server';
import { consentOf, decide, expect, setRevision, test, verifyDatabase } from './fixtures';
import type { APIRequestContext } from '@playwright/test';
import { receiptOf } from './receipts';

async function publicKey(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/v1/public-key')).json()) as { publicKeyPem: string }).publicKeyPem;
}

test.describe('consent proofs', () => {
  test('reject all is recorded with every decision refused', async ({ page, request, shopServer }) => {
    await page.goto('/');
    await decide(page, 'reject');
    const { id } = await consentOf(page);
    const receipt = await receiptOf(request, shopServer, id, 1);
    const [entry] = receipt.entries;
    expect(entry!.record).toMatchObject({
      consentId: id,
      action: 'reject_all',
      site: shopServer.url,
      page: shopServer.url + '/',
      revision: 1,
      locale: expect.stringMatching(/^sv/),
    });
    for (const s of ['google-analytics', 'google-ads', 'meta-pixel', 'smartlook', 'analytics'])
      expect(entry!.record.decisions[s], s).toBe(false);
    expect(verifyReceipt(receipt, await publicKey(request))).toEqual({ valid: true, problems: [] });
  });

  test('accept, withdraw on another page and a custom choice: each recorded in order; the receipt verifies against the signed tree head; verify passes on the demo database', async ({
    page,
    request,
    shopServer,
  }) => {
    await page.goto('/');
    await decide(page, 'accept');
    const { id } = await consentOf(page);
    await receiptOf(request, shopServer, id, 1);

    await page.goto('/produkter/norrsken-9');
    const reloaded = page.waitForEvent('load');
    await decide(page, 'reject', 'floating');
    await reloaded;
    await receiptOf(request, shopServer, id, 2);

    await page.goto('/varukorg');
    await decide(page, { 'google-analytics': true }, 'floating');
    const receipt = await receiptOf(request, shopServer, id, 3);

    expect(receipt.entries.map((e) => [e.record.action, e.record.page.replace(shopServer.url, '')])).toEqual([
      ['accept_all', '/'],
      ['withdraw', '/produkter/norrsken-9'],
      ['custom', '/varukorg'],
    ]);
    expect(receipt.entries[2]!.record.decisions).toMatchObject({
      'google-analytics': true,
      'meta-pixel': false,
      smartlook: false,
      'google-ads': false,
    });
    // The server's own additions: its time, a truncated IP, the link to the previous record.
    for (const e of receipt.entries) {
      expect(e.record.site).toBe(shopServer.url);
      expect(e.record.ipPrefix ?? '').not.toMatch(/^127\.0\.0\.1$|^::1$/);
    }

    // Anyone holding the public key can check the receipt without the database.
    const key = await publicKey(request);
    expect(verifyReceipt(receipt, key)).toEqual({ valid: true, problems: [] });
    const { treeHeads } = (await (
      await request.get(`/v1/tree-head?site=${encodeURIComponent(shopServer.url)}`)
    ).json()) as { treeHeads: { treeSize: number; rootHash: string }[] };
    expect(treeHeads[0]!.treeSize).toBeGreaterThanOrEqual(3);
    // The tree head the receipt verifies against is the one the server publishes.
    const signed = (receipt.treeHeads as { treeSize: number; rootHash: string }[]).at(-1)!;
    expect({ treeSize: signed.treeSize, rootHash: signed.rootHash }).toEqual({
      treeSize: treeHeads[0]!.treeSize,
      rootHash: treeHeads[0]!.rootHash,
    });

    // A tampered receipt does not verify.
    const forged = structuredClone(receipt);
    forged.entries[0]!.record.action = 'reject_all';
    expect(verifyReceipt(forged, key).valid).toBe(false);

    // The whole log of the running demo verifies with the server's own command.
    const v = verifyDatabase(shopServer);
    expect(v.stderr).toBe('');
    expect(v.stdout).toMatch(/^OK: \d+ records/);
    expect(v.status).toBe(0);
  });

  test('raising the revision: the re-prompt is recorded and the new choice refers to the new revision', async ({
    page,
    request,
    shopServer,
  }) => {
    await page.goto('/');
    await decide(page, 'accept');
    const { id } = await consentOf(page);
    await receiptOf(request, shopServer, id, 1);
    const restore = setRevision(shopServer, 2);
    let after;
    try {
      await page.goto('/');
      await decide(page, 'reject');
      after = await consentOf(page);
    } finally {
      restore();
    }
    const receipt = await receiptOf(request, shopServer, after.id, after.id === id ? 3 : 2);
    const actions = receipt.entries.map((e) => [e.record.action, e.record.revision]);
    expect(actions.at(-1)).toEqual([expect.stringMatching(/^(reject_all|withdraw)$/), 2]);
    expect(actions).toContainEqual(['reprompt', 2]);
    expect(receipt.entries.at(-1)!.record.page).toBe(shopServer.url + '/');
  });
});

test('the privacy page shows the visitor their consent id and their receipt (cookiegate.receipt())', async ({
  page,
  request,
  shopServer,
}) => {
  await page.goto('/integritet');
  await expect(page.locator('#my-receipt')).toContainText('Du har inte gjort något cookieval ännu.');
  await decide(page, 'reject');
  const { id } = await consentOf(page);
  await receiptOf(request, shopServer, id, 1);
  await expect(page.getByRole('link', { name: id })).toHaveAttribute(
    'href',
    `/v1/proofs/${id}?site=${encodeURIComponent(shopServer.url)}`,
  );
  await page.getByRole('button', { name: 'Visa mitt kvitto' }).click();
  const list = page.locator('[data-receipt-list]');
  await expect(list).toContainText('Avvisade alla');
  await expect(list).toContainText('/integritet');
  await expect(list).toContainText('Signerat trädhuvud: ');
  // The tree head is kept for the next receipt (gossip), which checks against it.
  await expect(list).toContainText('Första trädhuvudet din webbläsare ser');
  await page.getByRole('button', { name: 'Visa mitt kvitto' }).click();
  await expect(list).toContainText('Loggen stämmer med trädhuvudet din webbläsare såg tidigare');
  // A tree head altered on its way to the browser (here: its root) fails the browser's
  // Ed25519 check and is not kept: the warning names it.
  await page.route(`**/v1/proofs/${id}*`, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as Receipt;
    body.treeHeads[0]!.rootHash = 'f'.repeat(64);
    await route.fulfill({ response: res, json: body });
  });
  await page.getByRole('button', { name: 'Visa mitt kvitto' }).click();
  await expect(list).toContainText(
    /Varning: .*the signature of the tree head of size \d+ does not verify under [0-9a-f]{32}/,
  );
});
