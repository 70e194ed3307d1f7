import { describe, expect, it } from 'vitest';
import { botFrameworkSettings, parseConfig } from '../../../adapters/teams/config.js';
import { ConfigError } from '../../../core/model/errors.js';

const settings = (raw: Record<string, unknown>, env: Record<string, string> = {}) => botFrameworkSettings('shop', parseConfig('shop', raw), env);

describe('Teams channel settings', () => {
  it('runs without authentication only when no app id is configured', () => {
    expect(settings({})).toEqual({ MicrosoftAppId: '' });
  });

  it('reads the credentials the YAML names from the environment', () => {
    expect(settings(
      { app_id_env: 'TEAMS_APP_ID', app_password_env: 'TEAMS_APP_PASSWORD', tenant_id_env: 'TEAMS_TENANT_ID', app_type: 'SingleTenant' },
      { TEAMS_APP_ID: 'app-1', TEAMS_APP_PASSWORD: 'secret', TEAMS_TENANT_ID: 'tenant-1' },
    )).toEqual({ MicrosoftAppId: 'app-1', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-1', MicrosoftAppType: 'SingleTenant' });
    expect(settings(
      { app_id_env: 'A', certificate_thumbprint_env: 'T', certificate_private_key_env: 'K' },
      { A: 'app-1', T: 'AB12', K: '-----BEGIN PRIVATE KEY-----' },
    )).toMatchObject({ MicrosoftAppType: 'MultiTenant', CertificateThumbprint: 'AB12', CertificatePrivateKey: '-----BEGIN PRIVATE KEY-----' });
    expect(settings({ app_id_env: 'A', app_type: 'UserAssignedMSI', tenant_id_env: 'T' }, { A: 'app-1', T: 't' })).toMatchObject({ MicrosoftAppType: 'UserAssignedMSI' });
  });

  it('an override of the token keys\' URL keeps the rest of the public cloud', () => {
    expect(settings({ openid_metadata_url: 'http://127.0.0.1:9/openid' })).toMatchObject({
      MicrosoftAppId: '', ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid', ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    });
  });

  it('says what is wrong, naming the bot file and the key', () => {
    const fails = (raw: Record<string, unknown>, env: Record<string, string>, message: RegExp) => {
      const err = (() => { try { settings(raw, env); } catch (e) { return e; } return undefined; })();
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/^bots\/shop\.yaml: /);
      expect((err as Error).message).toMatch(message);
    };
    fails({ app_id_env: 'TEAMS_APP_ID' }, {}, /app_id_env: environment variable TEAMS_APP_ID is not set/);
    fails({ app_id_env: 'A' }, { A: 'x' }, /set app_password_env/);
    fails({ app_id_env: 'A', app_password_env: 'P', app_type: 'SingleTenant' }, { A: 'x', P: 'y' }, /tenant_id_env is required/);
    fails({ app_id_env: 'A', certificate_thumbprint_env: 'T' }, { A: 'x', T: 'y' }, /go together/);
    fails({ app_id_env: 'A', app_password_env: 'P', app_type: 'UserAssignedMSI', tenant_id_env: 'T' }, { A: 'x', P: 'y', T: 'z' }, /no password/);
    fails({ app_id: 'inline-secret' }, {}, /channels\.teams: Unrecognized key.*app_id/);
    fails({ app_type: 'Personal' }, {}, /channels\.teams\.app_type/);
    fails({ app_id_env: 'lower' }, {}, /app_id_env: an environment variable name/);
  });
});
