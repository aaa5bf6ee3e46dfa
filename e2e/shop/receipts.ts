/**
 * Reading a visitor's records back from the demo shop's proof server (`GET /v1/proofs/<id>`),
 * for the shop specs that check what was recorded (proofs, binding, URL switches).
 */
import type { Receipt } from '@cookiegate/server';
import type { APIRequestContext } from '@playwright/test';
import { expect, type ShopServer } from './fixtures';

/** The visitor's receipt as the server gives it now, or undefined (no record yet). */
async function fetchReceipt(request: APIRequestContext, shop: ShopServer, id: string): Promise<Receipt | undefined> {
  const res = await request.get(`/v1/proofs/${id}?site=${encodeURIComponent(shop.url)}`);
  return res.status() == 200 ? ((await res.json()) as Receipt) : undefined;
}

/**
 * The records the server holds for a consent id, in order (none yet: an empty list).
 *
 * @example
 * expect((await entries(request, shopServer, id)).map((e) => e.record.action)).toEqual(['accept_all']);
 */
export const entries = async (request: APIRequestContext, shop: ShopServer, id: string): Promise<Receipt['entries']> =>
  (await fetchReceipt(request, shop, id))?.entries ?? [];

/**
 * The visitor's receipt, once it holds `count` records (polled: proofs are sent in the background).
 *
 * @example
 * const receipt = await receiptOf(request, shopServer, id, 2);
 */
export async function receiptOf(
  request: APIRequestContext,
  shop: ShopServer,
  consentId: string,
  count: number,
): Promise<Receipt> {
  let receipt: Receipt | undefined;
  await expect
    .poll(async () => (receipt = await fetchReceipt(request, shop, consentId))?.entries.length ?? 0, {
      message: `records of ${consentId}`,
      timeout: 10_000,
    })
    .toBe(count);
  return receipt!;
}
