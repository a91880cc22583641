import type { Locale } from '../../machines/intake/intakeContext';
import type { ContentCatalog } from '../content/contentCatalog';

/** The few words a channel renderer adds around a message; from the content files like all text. */
export interface ChannelLabels {
  /** "Reply with a number:" above numbered choices on text-only channels. */
  numberedReply: string;
  /** A call button's title, given the number as it is shown ("Call 988"). */
  call: (number: string) => string;
}

export function channelLabelsFor(catalog: ContentCatalog, locale: Locale): ChannelLabels {
  return {
    numberedReply: catalog.file(locale).format.numberedReply ?? '',
    call: (number) => catalog.text(locale, 'resources.call', { number }),
  };
}
