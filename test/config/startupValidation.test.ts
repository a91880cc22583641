import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadAppConfig } from '../../src/config/appConfig';
import { parseProgramProfile } from '../../src/profile/programProfile';

const defaultProfile = JSON.parse(readFileSync('content/program-profile.json', 'utf8')) as Record<string, unknown>;

describe('configuration from the environment', () => {
  it('has working defaults for a local run', () => {
    expect(loadAppConfig({})).toMatchObject({ PORT: 3978, COSMOS_DATABASE: 'iop-intake', STORAGE_TIMEOUT_MS: 2000 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/' }, 'COSMOS_KEY'],
    [{ COSMOS_ENDPOINT: 'https://acct.documents.azure.com:443/', COSMOS_KEY: 'k' }, 'CONVERSATION_KEY_SECRET'],
    [{ CONVERSATION_KEY_SECRET: 'short' }, 'CONVERSATION_KEY_SECRET'],
    [{ COSMOS_ENDPOINT: 'not a url', COSMOS_KEY: 'k' }, 'COSMOS_ENDPOINT'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ STAFF_API_TOKEN: 'short' }, 'STAFF_API_TOKEN'],
    [{ CONVERSATION_TTL_DAYS: '0' }, 'CONVERSATION_TTL_DAYS'],
  ])('%j fails naming %s', (env, field) => {
    expect(() => loadAppConfig(env)).toThrow(new RegExp(`Invalid configuration: .*${field}`));
  });
});

describe('the program profile', () => {
  it('the shipped default is valid', () => {
    expect(parseProgramProfile(defaultProfile).name).toBe(defaultProfile.name);
  });

  it.each([
    [{ phone: '555-0142' }, 'phone'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ privacyNoticeUrl: 'privacy' }, 'privacyNoticeUrl'],
    [{ admissionsHours: { mon: { open: '20:00', close: '08:00' } } }, 'admissionsHours.mon'],
    [{ schedule: { ...(defaultProfile.schedule as object), tracks: [{ id: 'x', days: ['mon'], start: '9am', end: '12:00' }] } }, 'schedule.tracks.0.start'],
    [{ ages: { minimum: 18 } }, 'ages.adolescentTrack'],
    [{ insurance: { en: 'Covered.' } }, 'insurance.es'],
  ])('%j fails naming %s', (change, field) => {
    expect(() => parseProgramProfile({ ...defaultProfile, ...change })).toThrow(new RegExp(`${field.replace(/\./g, '\\.')}:`));
  });
});

describe('npm start refuses to start with a bad profile, and says why', () => {
  it('exits 1 naming the field, before listening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    const path = join(dir, 'profile.json');
    writeFileSync(path, JSON.stringify({ ...defaultProfile, timeZone: 'Nowhere/Town' }));
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'], {
      env: { ...process.env, PROGRAM_PROFILE: path, PORT: '0' },
      timeout: 60_000,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/timeZone: expected an IANA time zone/);
  });
});
