import type { CrisisKind } from '../../machines/crisisKind';

/** The shape of a guard (guards.ts explains how they are applied), shared by the per-language guard files. */
export interface GuardCondition {
  readonly before?: RegExp;
  readonly after?: RegExp;
  readonly around?: RegExp;
  /** The whole normalized message, for what only its shape tells ("does your program treat ...?"). */
  readonly message?: RegExp;
  /** The whole clause before the match's own (between the two clause breaks before it). */
  readonly clauseBefore?: RegExp;
  /** The whole clause after the match's own (between the two clause breaks after it). */
  readonly clauseAfter?: RegExp;
}

export interface Guard {
  readonly description: string;
  readonly when: readonly GuardCondition[];
  /** Never veto when this matches anywhere in the (normalized) message. */
  readonly unlessInMessage?: RegExp;
  /**
   * Never veto when this matches near the match (UNLESS_NEAR_CHARS on either side, across clauses): in a
   * long message, "eating again" three sentences later does not bring "a seizure back in 2020" to now.
   */
  readonly unlessNear?: RegExp;
  /** Never veto when this matches the text after the match (up to UNLESS_AFTER_CHARS, across clauses). */
  readonly unlessAfter?: RegExp;
  /** Messages this guard must silence (every match in them vetoed, at least one by this guard). */
  readonly vetoes: readonly string[];
  /** Look-alike messages that must still be detected. */
  readonly keeps: readonly string[];
  /**
   * For a guard that says which kind a message is not ("he deserves to die" is not a wish to die):
   * the kind it is, whose own patterns must catch the `vetoes` messages.
   */
  readonly handsTo?: CrisisKind;
}

export const re = (source: string): RegExp => new RegExp(source);
