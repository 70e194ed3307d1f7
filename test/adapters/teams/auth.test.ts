import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/chat.js';
import { FakeBotFrameworkIssuer } from '../../fakes/teams/openid.js';
import { postActivity, teamsUser } from '../../fakes/teams/teams-client.js';
import { openTeams, type TeamsHarness } from './harness.js';

const APP_ID = '5c1d7a8e-9b0f-4e2d-8c3b-2a1f0e9d8c7b';

/**
 * With an app id configured, every request must carry a Bot Framework JWT signed by a key the
 * OpenID configuration publishes, issued by api.botframework.com, for our app id, bound to the
 * activity's serviceUrl. The issuer here is local; the SDK validates exactly as in production.
 */
describe('Teams endpoint with authentication on', () => {
  const dir = tempDir('shopmate-teams-auth-');
  let issuer: FakeBotFrameworkIssuer;
  let h: TeamsHarness;
  beforeAll(async () => {
    issuer = await FakeBotFrameworkIssuer.start();
    h = await openTeams({
      dataDir: dir.path,
      config: { app_id_env: 'TEAMS_APP_ID', app_password_env: 'TEAMS_APP_PASSWORD', app_type: 'MultiTenant', openid_metadata_url: issuer.metadataUrl },
      env: { TEAMS_APP_ID: APP_ID, TEAMS_APP_PASSWORD: 'not-a-real-secret' },
    });
  });
  afterAll(async () => {
    await h.close();
    await issuer.close();
    dir.remove();
  });

  /** A member leaving: processed by the pipeline, and nothing for the bot to send (no token to fetch from Entra). */
  const leave = () => {
    const chat = h.personalChat('Ann');
    const channel = h.build.channel();
    return { activity: h.build.membersRemoved(chat.user, channel, [teamsUser('Ben')]), channel };
  };
  const stored = (conversationId: string) => h.server.app.store.references.get('teams', 'demo-shop', `conv:${conversationId}`);

  it('rejects a request without a token, and runs nothing', async () => {
    const { activity, channel } = leave();
    const res = await postActivity(h.endpoint, activity);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized' });
    expect(await stored(channel.id)).toBeUndefined();
  });

  it('rejects tokens that are forged, for another bot, or for another serviceUrl', async () => {
    const { activity, channel } = leave();
    const forged = issuer.token(APP_ID, h.connector.serviceUrl, {}, FakeBotFrameworkIssuer.strangerKey());
    const otherBot = issuer.token('00000000-0000-0000-0000-000000000000', h.connector.serviceUrl);
    const otherUrl = issuer.token(APP_ID, 'https://smba.trafficmanager.net/amer/');
    const expired = issuer.token(APP_ID, h.connector.serviceUrl, { exp: Math.floor(Date.now() / 1000) - 3600 });
    for (const token of [forged, otherBot, otherUrl, expired, 'not.a.jwt']) {
      expect((await postActivity(h.endpoint, activity, token)).status).toBe(401);
    }
    expect(await stored(channel.id)).toBeUndefined();
  });

  it('accepts a token the Bot Framework issued for this bot', async () => {
    const { activity, channel } = leave();
    const res = await postActivity(h.endpoint, activity, issuer.token(APP_ID, h.connector.serviceUrl));
    expect(res.status).toBe(200);
    expect(await stored(channel.id)).toMatchObject({ serviceUrl: h.connector.serviceUrl, conversation: { id: channel.id } });
    expect(h.server.app.engine.bot('demo-shop').adapters.get('teams')!.health!()).toEqual({ ok: true, detail: 'authentication on' });
  });
});
