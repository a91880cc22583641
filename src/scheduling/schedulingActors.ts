import { DateTime } from 'luxon';
import { fromPromise } from 'xstate';
import type { CallSlot } from '../../machines/intake/intakeContext';
import type { BookCallInput, BookCallOutput, LoadSlotsInput } from '../../machines/intake/intakeMachine';
import type { ProgramProfile } from '../profile/programProfile';
import { slotKey, type BookingStore } from '../storage/bookingStore';
import { nextCallSlots } from './nextCallSlots';
import { referenceCode } from './referenceCode';

export interface SchedulingDeps {
  bookings: BookingStore;
  profile: ProgramProfile;
  now: () => Date;
}

/** The machine's `loadSlots` and `bookCall` actors, for one conversation (the holder). */
export function schedulingActors(deps: SchedulingDeps, conversationKey: string) {
  return {
    loadSlots: fromPromise<CallSlot[], LoadSlotsInput>(async ({ input }) => {
      const now = deps.now();
      const from = DateTime.fromJSDate(now).toUTC();
      const to = from.plus({ days: deps.profile.callSlots.horizonDays + 1 });
      const taken = await deps.bookings.takenCounts(from.toISO() ?? '', to.toISO() ?? '');
      const asked = input.window ? nextCallSlots(now, deps.profile, taken, slotKey, input.window) : [];
      return asked.length > 0 ? asked : nextCallSlots(now, deps.profile, taken, slotKey);
    }),
    bookCall: fromPromise<BookCallOutput, BookCallInput>(async ({ input }) => {
      const holderId = `${conversationKey}:${input.run}`;
      const reference = referenceCode(holderId);
      // "As soon as possible" is a request for admissions' queue, not a seat in a slot.
      if (input.time.kind === 'asap') return { ok: true, reference };
      // A conversation resumed days later still holds the slots it was offered: never book the past.
      const earliest = DateTime.fromJSDate(deps.now()).plus({ minutes: deps.profile.callSlots.leadMinutes });
      if (DateTime.fromISO(input.time.start) < earliest) return { ok: false, reason: 'full' };
      return deps.bookings.reserve({
        slotStart: input.time.start,
        capacity: deps.profile.callSlots.capacity,
        holderId,
        reference,
      });
    }),
  };
}
