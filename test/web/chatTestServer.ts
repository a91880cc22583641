import { registerWebChat, type WebChatProfile } from '../../src/web';
import { startBotServer, type BotServer, type TurnRunner } from '../channels/directLine/botServer';

export const testProfile: WebChatProfile = {
  name: 'Riverside Recovery IOP',
  phone: '(555) 010-0199',
  brandColor: '#2E7D32',
  privacyNoticeUrl: 'https://example.org/privacy',
};

/**
 * The whole website channel on one loopback server, as run locally: the chat page, the
 * local Direct Line and a real CloudAdapter bot (the echo stand-in unless one is given).
 */
export function startChatServer(options: { bot?: TurnRunner; profile?: WebChatProfile } = {}): Promise<BotServer> {
  return startBotServer({
    ...(options.bot ? { bot: options.bot } : {}),
    register: (server, logger) => registerWebChat(server, { profile: options.profile ?? testProfile, mode: 'local', logger }),
  });
}
