import type { Server } from 'restify';
import { localDirectLineEnabled, type AppConfig } from '../config/appConfig';
import type { Logger } from '../logging/logger';
import type { ProgramProfile } from '../profile/programProfile';
import { formatPhone } from '../rendering/textParams';
import { registerWebChat } from '../web';
import { registerDirectLine, registerDirectLineTokenEndpoint } from './directLine';

/**
 * The website channel: the Web Chat page, and either a local Direct Line endpoint (development,
 * tests, no Azure account) or the production token endpoint that keeps the secret server-side.
 */
export function mountChannels(server: Server, deps: { config: AppConfig; logger: Logger; profile: ProgramProfile }) {
  const { config, logger, profile } = deps;
  const local = localDirectLineEnabled(config);
  const directLine = local ? registerDirectLine(server, { botEndpoint: '/api/messages', logger }) : undefined;
  if (config.DIRECT_LINE_SECRET) {
    registerDirectLineTokenEndpoint(server, {
      directLineSecret: config.DIRECT_LINE_SECRET,
      logger,
      rateLimit: { perMinute: 10 },
      trustProxy: true,
    });
  } else if (!local) {
    logger.warn('Neither a local Direct Line nor DIRECT_LINE_SECRET is configured: the web page cannot connect');
  }
  registerWebChat(server, {
    profile: {
      name: profile.name,
      phone: formatPhone(profile.phone),
      privacyNoticeUrl: profile.privacyNoticeUrl,
      ...(profile.brandColor ? { brandColor: profile.brandColor } : {}),
    },
    mode: local ? 'local' : 'production',
    logger,
  });
  return { close: async () => directLine?.close() };
}
