import type { ActionRegistry } from './flow/actions.js';
import { ActionError } from './flow/actions.js';
import type { Store } from './store/ports.js';

const TAG = /^[a-z0-9_:-]{1,64}$/;

/** `profile.*` actions: tags and the marketing opt-out campaigns respect. */
export function registerProfileActions(registry: ActionRegistry, store: Store): void {
  const profileOf = async (id: string | undefined) => {
    const profile = id ? await store.profiles.get(id) : undefined;
    if (!profile) throw new ActionError('no profile for this turn', 'profile', 'no_profile');
    return profile;
  };
  registry
    .register('profile.optOut', async (args, ctx) => {
      const p = await profileOf(ctx.profileId);
      const channel = typeof args.channel === 'string' ? args.channel : 'all';
      const optOut = { ...((p.attributes.optOut as Record<string, number> | undefined) ?? {}), [channel]: Date.now() };
      await store.profiles.update(p.id, { tags: [...new Set([...p.tags, 'opted_out'])], attributes: { ...p.attributes, optOut } });
      return true;
    })
    .register('profile.tag', async (args, ctx) => {
      const tag = typeof args.tag === 'string' ? args.tag : '';
      if (!TAG.test(tag)) throw new ActionError(`invalid tag "${tag}"`, 'profile.tag', 'bad_args');
      const p = await profileOf(ctx.profileId);
      await store.profiles.update(p.id, { tags: [...new Set([...p.tags, tag])] });
      return true;
    })
    .register('profile.untag', async (args, ctx) => {
      const p = await profileOf(ctx.profileId);
      await store.profiles.update(p.id, { tags: p.tags.filter((t) => t !== args.tag) });
      return true;
    });
}
