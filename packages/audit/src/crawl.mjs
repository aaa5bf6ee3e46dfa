/**
 * Same-origin pages worth visiting, found by their links: product, cart and policy pages
 * first, then any other.
 */

const KINDS = [
  ['policy', /cookie|integritet|privacy|datenschutz|personuppgift|tietosuoja|personvern|privatliv/i],
  ['cart', /varukorg|kundvagn|cart|basket|kurv|handlekurv|ostoskori|warenkorb/i],
  ['product', /produkt|product|artikel|item|tuote|vare/i],
];

/**
 * The page's same-origin links, each with a kind (`policy`, `cart`, `product`, `other`),
 * policy, cart and product pages first, at most `max`.
 *
 * @example
 * await findPages(page, 'https://shop.example/', 3); // [{ url, kind: 'product', text }, …]
 */
export async function findPages(page, startUrl, max = 3) {
  const origin = new URL(startUrl).origin;
  const links = await page
    .evaluate(() =>
      Array.from(document.querySelectorAll('a[href]')).map((a) => ({
        href: a.href,
        text: (a.innerText || a.getAttribute('aria-label') || '').trim().slice(0, 80),
      })),
    )
    .catch(() => []);
  const seen = new Set([new URL(startUrl).href.split('#')[0]]);
  const found = [];
  for (const { href, text } of links) {
    let u;
    try {
      u = new URL(href);
    } catch {
      continue;
    }
    u.hash = '';
    if (u.origin != origin || seen.has(u.href) || /\.(pdf|jpe?g|png|zip)$/i.test(u.pathname)) continue;
    seen.add(u.href);
    const kind = KINDS.find(([, re]) => re.test(u.pathname) || re.test(text))?.[0] ?? 'other';
    found.push({ url: u.href, kind, text });
  }
  const order = ['product', 'cart', 'policy', 'other'];
  // One of each kind first, so that three navigations see a product, the cart and a policy.
  const firsts = order.map((k) => found.find((f) => f.kind == k)).filter(Boolean);
  const rest = found.filter((f) => !firsts.includes(f));
  return [...firsts, ...rest].slice(0, max);
}

/**
 * A page's visible text, from its HTML, without running it (a policy page read before consent).
 *
 * @example
 * await pageText(context.request, 'https://shop.example/cookies');
 */
export async function pageText(request, url) {
  try {
    const res = await request.get(url, { timeout: 10_000 });
    if (!res.ok()) return '';
    return (await res.text())
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .slice(0, 50_000);
  } catch {
    return '';
  }
}
