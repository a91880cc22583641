import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ShowTypingMiddleware,
  type TurnContext,
} from 'botbuilder';
import type { AppConfig } from '../config/appConfig';
import type { Logger } from '../logging/logger';

/**
 * The one Bot Framework adapter. With no MicrosoftAppId it accepts anonymous traffic, as the
 * Emulator and local Direct Line expect; with one, every request's token is validated.
 */
export function createAdapter(config: AppConfig, logger: Logger, apology: (context: TurnContext) => string): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType ?? (config.MicrosoftAppId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  // A typing indicator only when a turn takes longer than half a second.
  adapter.use(new ShowTypingMiddleware(500, 2000));

  // The dialog already answers storage failures itself; this catches the rest (e.g. a bug),
  // logs its name only, and still gives the person our number and 988.
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: { name: error.name, code: (error as { code?: unknown }).code } }, 'unhandled turn error');
    try {
      await context.sendActivity({ type: 'message', text: apology(context) });
    } catch {
      logger.error('could not send the apology either');
    }
  };
  return adapter;
}
