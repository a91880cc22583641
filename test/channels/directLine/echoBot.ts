import { ActivityHandler, ActivityTypes, MessageFactory } from 'botbuilder';

/**
 * Stand-in for the intake bot while it is being built: greets on join, shows typing,
 * echoes text, and offers a short and a long suggested action so page helpers can click one.
 */
export class EchoBot extends ActivityHandler {
  static readonly greeting = 'Hi! I am the echo stand-in. Say something.';
  static readonly suggestion = 'Say hello back';
  /** As long as the intake's longest answer choices, to show how they wrap. */
  static readonly longSuggestion = 'I am asking for someone else, like a family member, partner or close friend';

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
      if (joined.length > 0) await context.sendActivity(EchoBot.greeting);
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity({ type: ActivityTypes.Typing });
      const reply = MessageFactory.suggestedActions([EchoBot.suggestion, EchoBot.longSuggestion], `Echo: ${context.activity.text ?? ''}`);
      await context.sendActivity(reply);
      await next();
    });
  }
}
