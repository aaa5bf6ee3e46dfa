/**
 * The banner of a re-prompt (the config's revision was raised since the visitor decided):
 * it names only what is new to them (core/reprompt.ts decides what), with Accept and Reject
 * for that alone; Customize still opens all the preferences (whose "Accept all" means all). In the details file: a
 * re-prompt is rare, and the first visit's banner does not pay for it.
 */
import { gpcDenied } from '../core/gpc';
import type { DecisionContext } from '../core/types';
import type { Ctx } from './banner';
import type { CategoryView } from './model';

/**
 * The categories asked about or with services asked about, each with only those services.
 *
 * @example
 * askedOnly(cats, ['tiktok']); // [{ id: 'marketing', ..., services: [{ id: 'tiktok', ... }] }]
 */
export const askedOnly = (cats: CategoryView[], asked: string[]): CategoryView[] =>
  cats
    .map((c) => ({ ...c, services: c.services.filter((s) => asked.includes(s.id)) }))
    .filter((c) => asked.includes(c.id) || c.services.length);

/**
 * What the banner shows on a re-prompt (the visitor's `asked` ids): the asked purposes and their vendors, its own title,
 * the note that the other choices stay, and Accept / Reject in place of "all", which answer
 * only what is asked (stored as `custom`: the rest of the decision as it was). With Global
 * Privacy Control, Accept leaves the advertising purposes refused, as "Accept all" does.
 *
 * @example
 * h(Banner, { ctx: repromptCtx(ctx), ... }); // ctx.api.getConsent().asked: ['marketing', 'ads']
 */
export const repromptCtx = (ctx: Ctx): Ctx => {
  const { t, api } = ctx;
  const asked = api.getConsent()!.asked!;
  const off = ctx.gpc ? gpcDenied(ctx.cfg) : [];
  const answer = (yes: boolean) => (context?: DecisionContext) => {
    const choices = { ...api.getConsent()!.decisions };
    for (const id of asked) choices[id] = yes && !off.includes(id);
    return api.save(choices, context);
  };
  return {
    ...ctx,
    api: { ...api, acceptAll: answer(true), rejectAll: answer(false) },
    t: {
      ...t,
      title: t.repromptTitle,
      intro: t.intro + ' ' + t.repromptKept,
      acceptAll: t.acceptNew,
      rejectAll: t.rejectNew,
    },
    cats: askedOnly(ctx.cats, asked),
  };
};
