/**
 * First party is the page's host and its subdomains plus what the owner declares (the
 * consent cookie's domain, firstPartyHosts), never a guess at a registrable domain: on a
 * shop under a public suffix (co.uk, github.io, myshopify.com) its neighbours stay third party.
 */
import { expect, settled, shopPage, test, type Site } from '../harness';

const config = {
  revision: 1,
  categories: { necessary: { required: true }, marketing: {} },
  unknownHosts: 'block',
};

/** A page that loads the tracker by code and fetches a neighbour, a subdomain and the declared hosts. */
const page = (tracker: string, fetches: string[]) =>
  shopPage(
    { ...config, services: { tracker: { category: 'marketing', hosts: [tracker] } } },
    `<script>
      const s = document.createElement('script'); s.src = 'https://${tracker}/t.js'; document.head.append(s);
      window.fetched = {};
      for (const u of ${JSON.stringify(fetches)}) fetch(u).then(() => (fetched[u] = 'ok'), () => (fetched[u] = 'blocked'));
    </script>`,
  );

/** Every host answers; a script records that it ran. */
function answer(site: Site, hosts: string[]) {
  for (const h of hosts) {
    site.host(h, (route, url) =>
      url.pathname.endsWith('.js')
        ? route.fulfill({ contentType: 'text/javascript', body: `window.trackerRan = ${JSON.stringify(h)};` })
        : route.fulfill({ body: 'ok', headers: { 'access-control-allow-origin': '*' } }),
    );
  }
}

for (const { origin, tracker, neighbour, sub } of [
  {
    origin: 'https://shop.co.uk',
    tracker: 'tracker.co.uk',
    neighbour: 'https://other.co.uk/',
    sub: 'https://cdn.shop.co.uk/x',
  },
  {
    origin: 'https://shop.github.io',
    tracker: 'tracker.github.io',
    neighbour: 'https://other.github.io/',
    sub: 'https://img.shop.github.io/x',
  },
  {
    origin: 'https://shop.myshopify.com',
    tracker: 'tracker.myshopify.com',
    neighbour: 'https://other.myshopify.com/',
    sub: 'https://cdn.shop.myshopify.com/x',
  },
]) {
  test(`on ${new URL(origin).hostname} a tracker and a neighbour under the public suffix stay third party; the shop's subdomains pass`, async ({
    page: p,
    site,
  }) => {
    answer(site, [tracker, new URL(neighbour).hostname, new URL(sub).hostname]);
    site.at(origin).serve('/', page(tracker, [neighbour, sub]));
    await p.goto(origin + '/');
    await settled(p);
    expect(site.requestsTo(tracker)).toEqual([]);
    expect(await p.evaluate(() => (window as any).trackerRan)).toBeUndefined();
    expect(await p.evaluate(() => (window as any).fetched)).toEqual({ [neighbour]: 'blocked', [sub]: 'ok' });
    expect(site.requestsTo(new URL(neighbour).hostname)).toEqual([]);

    await p.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect.poll(() => p.evaluate(() => (window as any).trackerRan)).toBe(tracker);
  });
}

test('what the owner declares is first party: the consent cookie’s domain and firstPartyHosts, with their subdomains', async ({
  page: p,
  site,
}) => {
  const fetches = [
    'https://static.shop.co.uk/a',
    'https://img.shop-cdn.net/b',
    'https://shop-cdn.net/c',
    'https://other.co.uk/d',
  ];
  answer(site, ['static.shop.co.uk', 'shop-cdn.net', 'other.co.uk']);
  site
    .at('https://www.shop.co.uk')
    .serve(
      '/',
      shopPage(
        { ...config, cookie: { domain: '.shop.co.uk' }, firstPartyHosts: ['shop-cdn.net'] },
        `<script>window.fetched = {}; for (const u of ${JSON.stringify(fetches)}) fetch(u).then(() => (fetched[u] = 'ok'), () => (fetched[u] = 'blocked'));</script>`,
      ),
    );
  await p.goto('https://www.shop.co.uk/');
  await settled(p);
  expect(await p.evaluate(() => (window as any).fetched)).toEqual({
    'https://static.shop.co.uk/a': 'ok',
    'https://img.shop-cdn.net/b': 'ok',
    'https://shop-cdn.net/c': 'ok',
    'https://other.co.uk/d': 'blocked',
  });
});
