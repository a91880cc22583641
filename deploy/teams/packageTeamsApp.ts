import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContentCatalog } from '../../src/content/contentCatalog';
import { loadProgramProfile, type ProgramProfile } from '../../src/profile/programProfile';
import { textParams } from '../../src/rendering/textParams';
import { fillManifest, ManifestError, type ManifestValues } from './fillManifest';
import { encodePng } from './pngImage';
import { colorIcon, outlineIcon } from './teamsIcons';
import { zipArchive } from './zipArchive';

export interface PackageOptions {
  profile: ProgramProfile;
  /** The Azure Bot's Microsoft App ID (a GUID). */
  botId: string;
  /** The Teams app's own id; by default the bot's, as for most single-bot apps. */
  teamsAppId?: string | undefined;
  /** Semver of the app package; bump it for every upload of a changed manifest. */
  version: string;
  /** Where the bot is served (PUBLIC_BASE_URL): its host becomes a valid domain and the website. */
  publicBaseUrl?: string | undefined;
  websiteUrl?: string | undefined;
  termsOfUseUrl?: string | undefined;
  /** A short name for centers whose name is over 30 characters. */
  shortName?: string | undefined;
  outDir: string;
  templatePath?: string;
}

export interface TeamsPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  iconPaths: { color: string; outline: string };
}

const defaultAccent = '#1f5f8b';

function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ManifestError(`${name} is not a URL`);
  }
  if (url.protocol !== 'https:') throw new ManifestError(`${name} must be an https URL`);
  return url.toString();
}

/** "Riverbend Recovery IOP" → "riverbend-recovery-iop". */
export function packageName(programName: string): string {
  return (
    programName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'intake-assistant'
  );
}

/**
 * Builds the Teams app package: the manifest filled from the program profile (name, colour,
 * privacy notice) and the content files (descriptions, in English: the manifest's default
 * language), two generated icons, all zipped at the package root as Teams expects.
 */
export function packageTeamsApp(options: PackageOptions): TeamsPackage {
  const { profile } = options;
  const catalog = loadContentCatalog();
  const params = textParams(profile, catalog, 'en');
  const template: unknown = JSON.parse(readFileSync(options.templatePath ?? path.join(__dirname, 'manifest.json'), 'utf8'));
  const privacyUrl = httpsUrl('privacyNoticeUrl', profile.privacyNoticeUrl);
  const base = options.publicBaseUrl ? new URL(httpsUrl('PUBLIC_BASE_URL', options.publicBaseUrl)) : undefined;

  const values: ManifestValues = {
    APP_VERSION: options.version,
    TEAMS_APP_ID: options.teamsAppId ?? options.botId,
    BOT_ID: options.botId,
    DEVELOPER_NAME: profile.name,
    WEBSITE_URL: httpsUrl('website', options.websiteUrl ?? base?.origin ?? new URL(privacyUrl).origin),
    PRIVACY_URL: privacyUrl,
    // A center without separate terms points at its privacy notice, which covers this assistant.
    TERMS_URL: httpsUrl('terms of use', options.termsOfUseUrl ?? privacyUrl),
    SHORT_NAME: options.shortName ?? profile.name,
    FULL_NAME: profile.name,
    SHORT_DESCRIPTION: catalog.text('en', 'teams.description.short', params),
    FULL_DESCRIPTION: catalog.text('en', 'teams.description.full', params),
    ACCENT_COLOR: profile.brandColor ?? defaultAccent,
  };
  const manifest = fillManifest(template, values, base ? [base.hostname] : []);

  const color = encodePng(colorIcon(values.ACCENT_COLOR ?? defaultAccent));
  const outline = encodePng(outlineIcon());
  mkdirSync(options.outDir, { recursive: true });
  const iconPaths = { color: path.join(options.outDir, 'color.png'), outline: path.join(options.outDir, 'outline.png') };
  writeFileSync(iconPaths.color, color);
  writeFileSync(iconPaths.outline, outline);

  const zipPath = path.join(options.outDir, `${packageName(profile.name)}.zip`);
  writeFileSync(
    zipPath,
    zipArchive([
      { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
      { name: 'color.png', data: color },
      { name: 'outline.png', data: outline },
    ]),
  );
  return { zipPath, manifest, iconPaths };
}

/** `npm run teams:package -- [--bot-id] <guid> [--version 1.0.1] [--out dir]`; MicrosoftAppId is the default bot id. */
function main(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) flags.set(a.slice(2), argv[++i] ?? '');
    else positional.push(a);
  }
  const arg = (name: string) => flags.get(name) || undefined;
  const botId = arg('bot-id') ?? positional[0] ?? env.MicrosoftAppId;
  if (!botId) throw new ManifestError('No bot id: pass --bot-id <Microsoft App ID> or set MicrosoftAppId');
  const root = path.join(__dirname, '..', '..');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const result = packageTeamsApp({
    profile: loadProgramProfile(env.PROGRAM_PROFILE ?? path.join(root, 'content', 'program-profile.json')),
    botId,
    teamsAppId: arg('app-id') ?? env.TEAMS_APP_ID,
    version: arg('version') ?? pkg.version,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    websiteUrl: env.TEAMS_WEBSITE_URL,
    termsOfUseUrl: env.TEAMS_TERMS_URL,
    shortName: env.TEAMS_SHORT_NAME,
    outDir: arg('out') ?? __dirname,
  });
  console.log(`Teams app package: ${path.relative(process.cwd(), result.zipPath)}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
