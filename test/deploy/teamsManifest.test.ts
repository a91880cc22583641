import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { fillManifest, guidPattern, ManifestError } from '../../deploy/teams/fillManifest';
import { packageName, packageTeamsApp, type TeamsPackage } from '../../deploy/teams/packageTeamsApp';
import { zipArchive } from '../../deploy/teams/zipArchive';
import { catalog, en, profile } from '../support/contentText';
import { decodePng } from './pngPixels';

const botId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const template: unknown = JSON.parse(readFileSync(path.join(__dirname, '../../deploy/teams/manifest.json'), 'utf8'));

const guid = z.string().regex(guidPattern);
const https = z.string().url().startsWith('https://');
/** The parts of the Teams app manifest schema (v1.19) this app uses: required fields and their limits. */
const TeamsManifest = z
  .object({
    $schema: z.string().regex(/^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.(19|2\d|3\d)\/MicrosoftTeams\.schema\.json$/),
    manifestVersion: z.string().regex(/^1\.(19|2\d|3\d)$/),
    version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/),
    id: guid,
    developer: z.object({ name: z.string().min(1).max(32), websiteUrl: https, privacyUrl: https, termsOfUseUrl: https }).strict(),
    name: z.object({ short: z.string().min(1).max(30), full: z.string().max(100).optional() }).strict(),
    description: z.object({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }).strict(),
    icons: z.object({ color: z.string(), outline: z.string() }).strict(),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    bots: z
      .array(
        z
          .object({
            botId: guid,
            scopes: z.array(z.enum(['team', 'personal', 'groupChat', 'copilot'])).min(1),
            supportsFiles: z.boolean(),
            isNotificationOnly: z.boolean(),
            supportsCalling: z.boolean(),
            supportsVideo: z.boolean(),
          })
          .strict(),
      )
      .length(1),
    validDomains: z.array(z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i).max(2048)).max(16),
  })
  .strict();

/** The names in a ZIP's central directory, read without any unzip tool. */
function zipEntries(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, data: inflateRawSync(zip.subarray(dataAt, dataAt + size)) });
    at += 46 + nameLength + extra;
  }
  return entries;
}

/** Under CI=true the check runs (and fails loudly without unzip, which .ci/run installs); elsewhere it needs unzip. */
const hasUnzip = (() => {
  if (process.env.CI === 'true') return true;
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the Teams app package', () => {
  let out: string;
  let pkg: TeamsPackage;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
    pkg = packageTeamsApp({ profile, botId, version: '1.2.3', publicBaseUrl: 'https://intake.example.org/chat', outDir: out });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has every field the manifest schema requires, within its limits', () => {
    expect(() => TeamsManifest.parse(pkg.manifest)).not.toThrow();
  });

  it('names the program from its profile and describes it from the content files', () => {
    const m = TeamsManifest.parse(pkg.manifest);
    expect(m.name.short).toBe(profile.name);
    expect(m.developer.name).toBe(profile.name);
    expect(m.developer.privacyUrl).toBe(profile.privacyNoticeUrl);
    expect(m.description).toEqual({ short: en('teams.description.short'), full: en('teams.description.full') });
    expect(m.accentColor).toBe(profile.brandColor);
  });

  it('fills the bot id everywhere, GUID-shaped, and leaves no placeholder behind', () => {
    const m = TeamsManifest.parse(pkg.manifest);
    expect(m.bots[0]?.botId).toBe(botId);
    expect(m.id).toBe(botId);
    expect(JSON.stringify(pkg.manifest)).not.toMatch(/\{\{|\}\}/);
  });

  it('installs the bot for one person only: intake answers never go to a team or group chat', () => {
    const m = TeamsManifest.parse(pkg.manifest);
    expect(m.bots[0]?.scopes).toEqual(['personal']);
    expect(m.bots[0]).toMatchObject({ supportsFiles: false, isNotificationOnly: false });
  });

  it('lists the public host as its only valid domain, as a bare host name', () => {
    expect(TeamsManifest.parse(pkg.manifest).validDomains).toEqual(['intake.example.org']);
  });

  it('writes a 192×192 full-colour icon on the brand colour', () => {
    const icon = decodePng(readFileSync(pkg.iconPaths.color));
    expect([icon.width, icon.height]).toEqual([192, 192]);
    expect(Array.from(icon.rgba.subarray(0, 4))).toEqual([0x1f, 0x5f, 0x8b, 255]);
    expect(icon.rgba.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
  });

  it('writes a 32×32 outline icon: white on a transparent background', () => {
    const icon = decodePng(readFileSync(pkg.iconPaths.outline));
    expect([icon.width, icon.height]).toEqual([32, 32]);
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => Array.from(icon.rgba.subarray(i * 4, i * 4 + 4)));
    expect(pixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    expect(pixels.filter(([, , , a]) => a === 0).length).toBeGreaterThan(32 * 32 * 0.3);
    expect(pixels.filter(([, , , a]) => a === 255).length).toBeGreaterThan(32 * 32 * 0.1);
    expect(pixels[0]?.[3]).toBe(0);
  });

  it('zips the manifest and both icons at the root, named for the program', () => {
    expect(path.basename(pkg.zipPath)).toBe(`${packageName(profile.name)}.zip`);
    const entries = zipEntries(readFileSync(pkg.zipPath));
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    expect(JSON.parse(entries[0]?.data.toString('utf8') ?? '')).toEqual(pkg.manifest);
    expect(entries[1]?.data).toEqual(readFileSync(pkg.iconPaths.color));
  });

  (hasUnzip ? it : it.skip)('is a valid ZIP for unzip', () => {
    const listing = execFileSync('unzip', ['-l', pkg.zipPath], { encoding: 'utf8' });
    expect(listing).toMatch(/manifest\.json/);
    expect(listing).toMatch(/color\.png/);
    expect(listing).toMatch(/outline\.png/);
    expect(listing).toMatch(/3 files/);
    expect(execFileSync('unzip', ['-t', pkg.zipPath], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });

  it('is reproducible: the same inputs give the same bytes', () => {
    const again = packageTeamsApp({ profile, botId, version: '1.2.3', publicBaseUrl: 'https://intake.example.org/chat', outDir: path.join(out, 'again') });
    expect(readFileSync(again.zipPath)).toEqual(readFileSync(pkg.zipPath));
  });
});

describe('filling the manifest refuses what Teams would reject', () => {
  const values = (overrides: Record<string, string> = {}) => ({
    APP_VERSION: '1.0.0', TEAMS_APP_ID: botId, BOT_ID: botId, DEVELOPER_NAME: 'Center', WEBSITE_URL: 'https://example.org/',
    PRIVACY_URL: 'https://example.org/privacy', TERMS_URL: 'https://example.org/terms', SHORT_NAME: 'Center', FULL_NAME: 'Center',
    SHORT_DESCRIPTION: 'Short', FULL_DESCRIPTION: 'Full', ACCENT_COLOR: '#000000', ...overrides,
  });

  it('a bot id that is not a GUID', () => {
    expect(() => fillManifest(template, values({ BOT_ID: 'my-bot' }))).toThrow(ManifestError);
  });

  it('a name over 30 characters for the short name', () => {
    expect(() => fillManifest(template, values({ SHORT_NAME: 'x'.repeat(31) }))).toThrow(/SHORT_NAME/);
  });

  it('a placeholder with no value', () => {
    const { BOT_ID: _, ...partial } = values();
    expect(() => fillManifest(template, partial)).toThrow(/\{\{BOT_ID\}\}/);
  });

  it('a valid domain with a scheme or path', () => {
    expect(() => fillManifest(template, values(), ['https://example.org'])).toThrow(ManifestError);
  });

  it('a privacy notice that is not https', () => {
    expect(() =>
      packageTeamsApp({ profile: { ...profile, privacyNoticeUrl: 'http://example.org/privacy' }, botId, version: '1.0.0', outDir: tmpdir() }),
    ).toThrow(/https/);
  });

  it('the descriptions fit the manifest in every language the content has', () => {
    for (const locale of ['en', 'es'] as const) {
      expect(catalog.text(locale, 'teams.description.short', { program: profile.name }).length).toBeLessThanOrEqual(80);
    }
  });
});

describe('the ZIP writer', () => {
  it('round-trips its entries', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: 'b.bin', data: Buffer.alloc(10_000, 7) },
    ];
    expect(zipEntries(zipArchive(entries))).toEqual(entries);
  });
});
