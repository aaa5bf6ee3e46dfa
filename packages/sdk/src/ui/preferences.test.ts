import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../core/check';
import type { CookiegateApi } from '../core/launcher';
import en from '../i18n/en/banner';
import enDetails from '../i18n/en/details';
import type { Ctx } from './banner';
import { switchChoice } from './choices';
import { buildModel, cookiesOf } from './model';
import { showPreferences, type PreferencesProps } from './preferences';

// jsdom has no modal dialogs.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

const evil = '<img src=x onerror="window.pwned=1">';

/** The preferences in a box, with the state kept as mount.ts keeps it (a switch renders again). */
function open(gpc = false) {
  const cfg = checkConfig({
    revision: 1,
    categories: { necessary: { required: true }, analytics: { description: 'Stats ' + evil }, marketing: {} },
    services: {
      stats: { category: 'analytics', vendor: 'Stats AB', cookies: ['_st'] },
      tags: { category: 'analytics', vendor: 'Tags ' + evil, privacyUrl: 'https://tags.example/p' },
      ads: { category: 'marketing', title: 'Ads ' + evil, cookies: [{ name: '_ad', lifetime: 'P90D' }] },
    },
  }).config!;
  // The checker refuses such a link; the UI never makes one of it either (a preset's could be one).
  cfg.services.stats!.privacyUrl = 'javascript:alert(1)';
  const t = { ...en, ...enDetails };
  const save = vi.fn(async () => {});
  const ctx: Ctx = {
    api: { acceptAll: async () => {}, rejectAll: async () => {}, save } as unknown as CookiegateApi,
    cfg,
    t,
    lang: 'en',
    cats: buildModel(cfg, 'en', t, undefined, cookiesOf),
    gpc,
    decide: vi.fn((_surface, how) => void how({})),
  };
  const box = document.body.appendChild(document.createElement('div'));
  const close = vi.fn(() => showPreferences(box, null));
  let on: Record<string, boolean> = {
    necessary: true,
    analytics: false,
    stats: false,
    tags: false,
    marketing: false,
    ads: false,
  };
  const props = (): PreferencesProps => ({ ctx, on, toggle, surface: 'floating', close });
  const toggle = (id: string, v: boolean) => {
    on = switchChoice(ctx.cats, on, id, v);
    showPreferences(box, props());
  };
  showPreferences(box, props());
  const sw = (id: string) => box.querySelector<HTMLInputElement>('#cg-' + id)!;
  const states = () => Array.from(box.querySelectorAll('input'), (i) => [i.id, i.checked, i.disabled]);
  return { box, ctx, save, close, sw, states };
}

describe('preferences', () => {
  // One dialog at a time, as on a page (its ids are unique there).
  afterEach(() => document.body.replaceChildren());

  it('is a modal dialog, labelled and described, with a switch per category and service, the required one on and locked', () => {
    const { box, states } = open();
    const d = box.querySelector('dialog')!;
    expect(d.open).toBe(true);
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(box.querySelector('#' + d.getAttribute('aria-labelledby'))!.textContent).toBe(enDetails.settings);
    expect(box.querySelector('#' + d.getAttribute('aria-describedby'))!.textContent).toBe(enDetails.prefsIntro);
    expect(states()).toEqual([
      ['cg-necessary', true, true],
      ['cg-analytics', false, false],
      ['cg-stats', false, false],
      ['cg-tags', false, false],
      ['cg-marketing', false, false],
      ['cg-ads', false, false],
    ]);
    // Each switch is named by its label; a category's by its description too.
    for (const i of box.querySelectorAll('input')) {
      expect(i.getAttribute('role')).toBe('switch');
      expect(box.querySelector(`label[for=${i.id}]`)).not.toBeNull();
    }
    expect(
      box.querySelector('#' + box.querySelector('#cg-analytics')!.getAttribute('aria-describedby'))!.textContent,
    ).toBe('Stats ' + evil);
  });

  it('keeps focus on the switch that was toggled: a switch changes the others in place', () => {
    const { box, sw, states } = open();
    const analytics = sw('analytics');
    const before = Array.from(box.querySelectorAll('input'));
    analytics.focus();
    analytics.click();
    // The category switched its services; the nodes are the same ones, focus where it was.
    expect(states().slice(1, 4)).toEqual([
      ['cg-analytics', true, false],
      ['cg-stats', true, false],
      ['cg-tags', true, false],
    ]);
    expect(Array.from(box.querySelectorAll('input'))).toEqual(before);
    expect(document.activeElement).toBe(analytics);
    // One service off: its category is off, the other service stays on.
    sw('tags').focus();
    sw('tags').click();
    expect(
      states()
        .slice(1, 4)
        .map((s) => s[1]),
    ).toEqual([false, true, false]);
    expect(document.activeElement).toBe(sw('tags'));
  });

  it('saves the switched choices on the surface it was opened from', () => {
    const { box, ctx, save, sw } = open();
    sw('stats').click();
    Array.from(box.querySelectorAll<HTMLButtonElement>('.ft button')).at(-1)!.click();
    expect(ctx.decide).toHaveBeenCalledWith('floating', expect.any(Function));
    expect(save).toHaveBeenCalledWith(
      { necessary: true, analytics: false, stats: true, tags: false, marketing: false, ads: false },
      {},
    );
  });

  it('has three equal buttons at its foot and a close button that decides nothing', () => {
    const { box, ctx, close } = open();
    expect(Array.from(box.querySelectorAll('.ft button'), (b) => [b.className, b.textContent])).toEqual([
      ['btn', en.acceptAll],
      ['btn', en.rejectAll],
      ['btn', enDetails.save],
    ]);
    box.querySelector<HTMLButtonElement>(`.x[aria-label="${en.close}"]`)!.click();
    expect(close).toHaveBeenCalledOnce();
    expect(ctx.decide).not.toHaveBeenCalled();
    expect(box.querySelector('dialog')).toBeNull();
  });

  it("closes on Escape (the dialog's cancel) without deciding", () => {
    const { box, ctx, close } = open();
    const cancel = new Event('cancel', { cancelable: true });
    box.querySelector('dialog')!.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledOnce();
    expect(ctx.decide).not.toHaveBeenCalled();
  });

  it('puts config texts in as text, links only http(s) privacy policies, lists the cookies with lifetimes', () => {
    const { box } = open();
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('Ads ' + evil);
    expect(box.textContent).toContain('Vendor: Tags ' + evil);
    expect(Array.from(box.querySelectorAll('a'), (a) => [a.href, a.target, a.rel])).toEqual([
      ['https://tags.example/p', '_blank', 'noopener'],
    ]);
    const rows = Array.from(box.querySelectorAll('tbody tr'), (r) => Array.from(r.children, (c) => c.textContent));
    expect(rows).toEqual([
      ['_st', '–', location.hostname, '–'],
      ['_ad', '90 days', location.hostname, '–'],
    ]);
    expect(Array.from(box.querySelectorAll('th'), (h) => [h.textContent, h.getAttribute('scope')])[0]).toEqual([
      enDetails.name,
      'col',
    ]);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('says under Global Privacy Control that the signal is respected', () => {
    const { box } = open(true);
    expect(box.querySelector('#cg-pd')!.textContent).toContain(en.gpc.replace('{accept}', en.acceptAll));
  });
});
