import { createApp } from './app';
import { loadAppConfig } from './config/appConfig';
import { createLogger } from './logging/logger';

/** Process entry: read the environment, start the bot, stop cleanly on SIGTERM/SIGINT. */
async function main() {
  const config = loadAppConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp({ config, logger });
  await app.listen();
  logger.info({ url: app.url(), anonymous: !config.MicrosoftAppId }, 'IOP intake assistant listening');

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  // Startup errors (bad config or profile) name the field; they carry no PHI.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
