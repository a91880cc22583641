import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { channelLabelsFor } from '../src/channels/channelLabels';
import { renderForChannel } from '../src/channels/renderForChannel';
import { runIntakeTurn, type IntakeTurnDeps, type TurnInput } from './intakeTurn';

/** A button press or card submit carries `{ choice, prompt }`; anything else in `value` is ignored. */
const ChoiceValue = z.object({ choice: z.string().min(1).max(200), prompt: z.string().min(1).max(100).optional() });

/** What we accept of an inbound activity; everything else about it is not our business. */
const InboundActivity = z.object({
  type: z.string(),
  channelId: z.string().min(1),
  conversation: z.object({ id: z.string().min(1) }),
  recipient: z.object({ id: z.string() }).optional(),
  // No length limit here: every message is checked for crisis language, however long (the body
  // parser bounds the request, the detector bounds its own work).
  text: z.string().optional(),
  value: z.unknown().optional(),
  locale: z.string().optional(),
  membersAdded: z.array(z.object({ id: z.string() })).optional(),
});

/** Activity → the intake's own input; `undefined` for activities the intake does not answer. */
export function turnInputFrom(activity: Partial<Activity>): TurnInput | undefined {
  const parsed = InboundActivity.safeParse(activity);
  if (!parsed.success) return undefined;
  const a = parsed.data;
  const common = { channelId: a.channelId, conversationId: a.conversation.id, locale: a.locale };
  if (a.type === 'conversationUpdate') {
    const userJoined = (a.membersAdded ?? []).some((m) => m.id !== a.recipient?.id);
    return userJoined ? { ...common, kind: 'start', text: '' } : undefined;
  }
  if (a.type !== 'message') return undefined;
  const choice = ChoiceValue.safeParse(a.value);
  return {
    ...common,
    kind: 'message',
    text: a.text ?? '',
    choiceId: choice.success ? choice.data.choice : undefined,
    choicePrompt: choice.success ? choice.data.prompt : undefined,
  };
}

/**
 * The one Bot Framework dialog: each turn restores the intake machine, feeds it the person's
 * reply, and sends what it says, rendered for the channel. All the logic sits in
 * `runIntakeTurn`, which knows nothing of botbuilder, so a port to another SDK is this file.
 */
export class IntakeDialog {
  constructor(private readonly deps: IntakeTurnDeps) {}

  async run(context: TurnContext): Promise<void> {
    const input = turnInputFrom(context.activity);
    if (!input) return;
    const output = await runIntakeTurn(input, this.deps);
    // An opted-out SMS number gets no reply at all: not even an empty activity.
    if (output.messages.length === 0) return;
    const labels = channelLabelsFor(this.deps.catalog, output.locale);
    const activities = renderForChannel(output.messages, input.channelId, output.locale, labels);
    await context.sendActivities(activities as Partial<Activity>[]);
  }
}
