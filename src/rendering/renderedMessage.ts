import type { Resource } from '../content/resources';

/** One choice the person can make; `id` is what the machine hears, `label` what the person sees. */
export interface Choice {
  id: string;
  label: string;
}

/** A channel-neutral message: the channel renderer turns it into buttons, a card or numbered text. */
export interface RenderedMessage {
  text: string;
  choices: Choice[];
  resources: Resource[];
  /** Prompts carry the choices the next reply is interpreted against. */
  isPrompt: boolean;
  /** Which question a prompt asks: its buttons carry it back, so a press on an old one is not read as an answer to a new one. */
  promptId?: string | undefined;
}
