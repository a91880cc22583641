import type { Server } from 'restify';
import { IntakeDialog } from '../dialogs/intakeDialog';
import { createAdapter } from './bot/createAdapter';
import type { AppConfig } from './config/appConfig';
import { loadContentCatalog } from './content/contentCatalog';
import { mergeResources } from './content/resources';
import { combineDetectors, type CrisisDetector } from './crisis/crisisDetector';
import { lexiconCrisisDetector } from './crisis/lexiconDetector';
import { createNgramDetector } from './crisis/ngramDetector';
import { loadNgramModel } from './crisis/ngramModel';
import { mountChannels } from './channels/mountChannels';
import { createServer } from './http/createServer';
import type { Logger } from './logging/logger';
import { conversationKeyer, processLocalSecret, type ConversationKeyer } from './privacy/conversationKey';
import { loadProgramProfile, type ProgramProfile } from './profile/programProfile';
import { textParams } from './rendering/textParams';
import { registerHandoffRoutes } from './staff/handoffRoutes';
import { openCosmos, type CosmosStores } from './storage/cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './storage/embeddedCosmos';
import { withTimeout } from './storage/withTimeout';

export interface AppOptions {
  config: AppConfig;
  logger: Logger;
  /** Defaults to loading `config.PROGRAM_PROFILE`. */
  profile?: ProgramProfile;
  now?: () => Date;
  detector?: CrisisDetector;
  /** An existing Cosmos endpoint to use instead of COSMOS_ENDPOINT (tests share one across restarts). */
  cosmos?: { endpoint: string; key: string; allowSelfSignedTls: boolean };
}

export interface App {
  server: Server;
  stores: CosmosStores;
  /** The opaque key stores and handoffs use for a channel's conversation. */
  conversationKey: ConversationKeyer;
  /** Where the server listens once `listen` has resolved. */
  url: () => string;
  listen: (port?: number, host?: string) => Promise<void>;
  close: () => Promise<void>;
}

const day = 24 * 60 * 60;

/**
 * The composition root: config in, a running bot out. With no COSMOS_ENDPOINT an embedded
 * Cosmos protocol server runs in-process, so the default run and production share one code path.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const profile = options.profile ?? loadProgramProfile(config.PROGRAM_PROFILE);
  const catalog = loadContentCatalog();
  const resources = mergeResources(profile.resources);
  const now = options.now ?? (() => new Date());

  let embedded: EmbeddedCosmos | undefined;
  if (!config.COSMOS_ENDPOINT && !options.cosmos) {
    embedded = await startEmbeddedCosmos();
    logger.warn({ endpoint: embedded.endpoint }, 'COSMOS_ENDPOINT not set: using the embedded Cosmos DB protocol server (in memory, for development; data is lost on exit)');
  }
  const cosmos = options.cosmos ??
    (embedded
      ? { endpoint: embedded.endpoint, key: embedded.key, allowSelfSignedTls: true }
      : { endpoint: config.COSMOS_ENDPOINT ?? '', key: config.COSMOS_KEY ?? '', allowSelfSignedTls: false });
  const stores = await openCosmos({
    ...cosmos,
    databaseId: config.COSMOS_DATABASE,
    ttlSeconds: {
      conversations: config.CONVERSATION_TTL_DAYS * day,
      handoffs: config.HANDOFF_TTL_DAYS * day,
      bookings: config.BOOKING_TTL_DAYS * day,
    },
  });

  if (!config.CONVERSATION_KEY_SECRET && !embedded) {
    logger.warn('CONVERSATION_KEY_SECRET not set: conversation keys last only as long as this process');
  }
  const conversationKey = conversationKeyer(config.CONVERSATION_KEY_SECRET ?? processLocalSecret());
  // The lexicon stands on its own; the model, when a center turns it on, can only add matches.
  const detector = options.detector ?? (config.CRISIS_MODEL ? combineDetectors(lexiconCrisisDetector, createNgramDetector(loadNgramModel())) : lexiconCrisisDetector);
  logger.info({ crisisDetector: detector.version }, 'crisis detector ready');
  const dialog = new IntakeDialog({
    conversations: stores.conversations,
    optOuts: stores.optOuts,
    handoffs: stores.handoffs,
    bookings: stores.bookings,
    detector,
    catalog,
    profile,
    resources,
    logger,
    now,
    storageTimeoutMs: config.STORAGE_TIMEOUT_MS,
    conversationKey,
  });
  const apology = (locale: 'en' | 'es') => catalog.text(locale, 'fallback.error', textParams(profile, catalog, locale));
  const adapter = createAdapter(config, logger, (context) => apology(context.activity.locale?.startsWith('es') ? 'es' : 'en'));

  const server = createServer({
    adapter,
    onTurn: (context) => dialog.run(context),
    ready: () => withTimeout(stores.ping(), config.STORAGE_TIMEOUT_MS, 'ping'),
    logger,
  });
  registerHandoffRoutes(server, { handoffs: stores.handoffs, staffToken: config.STAFF_API_TOKEN, logger });
  const channels = mountChannels(server, { config, logger, profile });

  return {
    server,
    stores,
    conversationKey,
    url: () => server.url.replace('[::]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1'),
    listen: (port = config.PORT, host = config.HOST) =>
      new Promise((resolve) => server.listen(port, host, () => resolve())),
    close: async () => {
      // Open websockets would keep server.close() waiting: close the channels first.
      await channels.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      stores.dispose();
      await embedded?.close();
    },
  };
}
