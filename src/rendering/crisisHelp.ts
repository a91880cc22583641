import type { CrisisKind } from '../../machines/crisisKind';
import type { Locale } from '../../machines/intake/intakeContext';
import { crisisKindResources } from '../../machines/routing/resourcesForRoute';
import type { ContentCatalog } from '../content/contentCatalog';
import type { Resource } from '../content/resources';
import type { ProgramProfile } from '../profile/programProfile';
import type { RenderedMessage } from './renderedMessage';
import { textParams } from './textParams';

export interface CrisisHelpDeps {
  catalog: ContentCatalog;
  profile: ProgramProfile;
  resources: ReadonlyMap<string, Resource>;
}

/**
 * The acknowledgement of crisis language with its resources, without the machine: what a person
 * gets when nothing else can run (storage down) or nothing else may be sent (an SMS opt-out).
 */
export function crisisHelpMessage(kind: CrisisKind, locale: Locale, deps: CrisisHelpDeps): RenderedMessage {
  return {
    text: deps.catalog.text(locale, `crisis.ack.${kind}`, textParams(deps.profile, deps.catalog, locale)),
    choices: [],
    resources: crisisKindResources[kind].flatMap((id) => deps.resources.get(id) ?? []),
    isPrompt: false,
  };
}
