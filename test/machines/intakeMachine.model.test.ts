import type { AnyStateMachine, AnyStateNode, SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import type { IntakeEvent } from '../../machines/intake/intakeEvents';
import { intakeMachine } from '../../machines/intake/intakeMachine';
import { prompts, type PromptId } from '../../machines/intake/prompts';

type Snapshot = SnapshotFrom<typeof intakeMachine>;
type Event = IntakeEvent | { type: `xstate.done.actor.${string}`; output: unknown };

// xstate/graph's signatures do not accept a machine with typed emitted events; the traversal does.
const graphMachine = intakeMachine as unknown as AnyStateMachine;

const input = { locale: 'en' as const, program: { minimumAge: 18, adolescentTrack: false } };
const slot = '2026-11-24T10:00:00-05:00';

const promptOf = (s: Snapshot): PromptId | undefined =>
  (Object.values(s.getMeta()) as { prompt?: PromptId }[]).map((m) => m.prompt).find(Boolean);

interface Alphabet {
  /** 'all': every reply; 'safety': every reply to safety questions, "no" elsewhere; 'no': "no" to every screening question. */
  replies: 'all' | 'safety' | 'no';
  interrupts: Event[];
  forWhom?: 'self';
  /** One way through booking (a phone number, "as soon as possible", a booking that succeeds). */
  oneWayThroughBooking?: boolean;
}

/** Replies a person can give to a prompt, narrowed by the alphabet so each traversal stays finite and small. */
function answersFor(promptId: PromptId, alphabet: Alphabet): Event[] {
  const spec = prompts[promptId];
  const safetyOnly = alphabet.replies !== 'all';
  const safetyQuestion = /^(MED-E1|Q\d|Q6a|HTO\d)$/.test(promptId);
  switch (spec.kind) {
    case 'reply': {
      const all = promptId === 'crisisConfirm' || alphabet.replies === 'all' || (alphabet.replies === 'safety' && safetyQuestion);
      return (all ? spec.choices : ['no']).map((value) => ({ type: 'user.choose', value }));
    }
    case 'choice':
      return (promptId === 'forWhom' && alphabet.forWhom ? [alphabet.forWhom] : spec.choices).map((value) => ({ type: 'user.choose', value }));
    case 'topics':
      return (safetyOnly ? ['checkFit'] : spec.choices).map((value) => ({ type: 'user.choose', value }));
    case 'substances':
      return safetyOnly
        ? [{ type: 'user.choose', value: 'done' }]
        : [{ type: 'user.chooseMany', values: ['alcohol', 'sedatives', 'done'] }, { type: 'user.choose', value: 'done' }];
    case 'name':
      return [{ type: 'user.name', name: 'Ana' }];
    case 'phone':
      return alphabet.oneWayThroughBooking
        ? [{ type: 'user.phone', e164: '+16175550123' }]
        : [{ type: 'user.phone', e164: '+16175550123' }, { type: 'user.choose', value: 'skip' }];
    case 'age':
      return safetyOnly
        ? [{ type: 'user.age', years: 40 }]
        : [{ type: 'user.age', years: 40 }, { type: 'user.age', years: 16 }, { type: 'user.age', years: 70 }, { type: 'user.choose', value: 'declined' }];
    case 'slot':
      return alphabet.oneWayThroughBooking
        ? [{ type: 'user.choose', value: 'asap' }]
        : [{ type: 'user.choose', value: slot }, { type: 'user.choose', value: 'asap' }];
  }
}

const everyInterrupt: Event[] = [
  { type: 'crisis.detected', kind: 'suicide' },
  { type: 'crisis.detected', kind: 'overdose-now' },
  { type: 'user.askHuman' },
  { type: 'user.restart' },
  { type: 'user.unclear' },
];
const fullAlphabet: Alphabet = { replies: 'all', interrupts: everyInterrupt };

/** Every event a person (or an effect) can cause in this state under the alphabet. */
function eventsFor(alphabet: Alphabet) {
  return (s: Snapshot): Event[] => {
    if (s.matches({ flow: { booking: 'loadingSlots' } })) {
      return [{ type: 'xstate.done.actor.loadSlots', output: [{ start: slot }] }];
    }
    if (s.matches({ flow: { booking: 'booking' } })) {
      const booked: Event = { type: 'xstate.done.actor.bookCall', output: { ok: true, reference: 'ABC234' } };
      const full: Event = { type: 'xstate.done.actor.bookCall', output: { ok: false, reason: 'full' } };
      return alphabet.oneWayThroughBooking ? [booked] : [booked, full];
    }
    const promptId = promptOf(s);
    return [...alphabet.interrupts, ...(promptId ? answersFor(promptId, alphabet) : [])];
  };
}

/**
 * Exact for the safety property: state, and everything in context but counters. History only
 * where it is read (crisisCheck, humanHelp): any later read follows a fresh exit from `flow`.
 */
function exactKey(s: Snapshot): string {
  const { run: _run, misses: _misses, ...context } = s.context;
  const readsHistory = s.matches('crisisCheck') || s.matches('humanHelp');
  const history = readsHistory
    ? Object.fromEntries(Object.entries(s.historyValue ?? {}).map(([k, v]) => [k, v.map((n) => n.id)]))
    : null;
  return JSON.stringify({ value: s.value, context, history });
}

/** Coarse, for reachability: where we are, and what the conversation has decided so far. */
function coarseKey(s: Snapshot): string {
  return JSON.stringify({
    value: s.value,
    route: s.context.decision?.route,
    locked: s.context.safetyLock.length > 0,
    lang: s.context.langChecks.map((c) => c.status),
    subject: s.context.subject,
  });
}

function stableStateIds(): string[] {
  const ids: string[] = [];
  const visit = (node: AnyStateNode) => {
    const children = Object.values(node.states) as AnyStateNode[];
    const transient = node.always !== undefined && node.always.length > 0;
    if (children.length === 0 && node.type !== 'history' && !transient) ids.push(node.id);
    children.forEach(visit);
  };
  visit(intakeMachine.root);
  return ids;
}

const activeLeafIds = (s: Snapshot) =>
  (s._nodes as AnyStateNode[]).filter((n) => Object.keys(n.states).length === 0).map((n) => n.id);

describe('the intake statechart, explored as a graph', () => {
  const paths = getShortestPaths(graphMachine, {
    input,
    events: eventsFor(fullAlphabet),
    serializeState: (s: unknown) => coarseKey(s as Snapshot),
  } as never);

  it('reaches every state', () => {
    const reached = new Set(paths.flatMap((p) => activeLeafIds(p.state as Snapshot)));
    expect(stableStateIds().filter((id) => !reached.has(id))).toEqual([]);
  });

  it('reaches every route', () => {
    const routes = new Set(paths.map((p) => (p.state as Snapshot).context.decision?.route).filter(Boolean));
    expect([...routes].sort()).toEqual(
      ['assessment', 'crisis', 'emergency', 'human', 'not-eligible', 'urgent-callback', 'withdrawal-management'].sort(),
    );
  });

  it('can reach a route from every state, without asking for a person', () => {
    const adjacency = getAdjacencyMap(graphMachine, {
      input,
      events: (s: unknown) => eventsFor(fullAlphabet)(s as Snapshot).filter((e) => e.type !== 'user.askHuman'),
      serializeState: (s: unknown) => coarseKey(s as Snapshot),
    } as never) as unknown as Record<string, { state: Snapshot; transitions: Record<string, { state: Snapshot }> }>;
    const routed = new Set(Object.keys(adjacency).filter((k) => adjacency[k]!.state.context.decision));
    // Walk backwards from routed states until nothing changes.
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, node] of Object.entries(adjacency)) {
        if (routed.has(key)) continue;
        if (Object.values(node.transitions).some((t) => routed.has(coarseKey(t.state)))) {
          routed.add(key);
          grew = true;
        }
      }
    }
    const stuck = Object.keys(adjacency).filter((k) => !routed.has(k)).map((k) => JSON.stringify(adjacency[k]!.state.value));
    expect(stuck).toEqual([]);
  });
});

describe('safety: no path books a routine call after danger', () => {
  /**
   * The ghost state the test keeps beside the machine: `confirmed` after a high-risk answer, an
   * emergency answer or confirmed crisis language; `pending` when the person left a confirming
   * question without a clear no (asked for a person, started over), which a later clear no ends.
   */
  type Danger = 'none' | 'pending' | 'confirmed';
  function nextDanger(danger: Danger, before: Snapshot, event: Event): Danger {
    if (danger === 'confirmed') return 'confirmed';
    const yes = event.type === 'user.choose' && event.value === 'yes';
    const at = (leaf: string) => activeLeafIds(before).some((id) => id.endsWith(`.${leaf}`));
    if (yes && (at('MED-E1') || at('Q4') || at('Q5') || at('Q6a') || at('HTO2'))) return 'confirmed';
    if (before.matches('crisisCheck')) {
      if (event.type === 'user.choose' && event.value === 'no') return 'none';
      if (event.type === 'user.askHuman' || event.type === 'user.restart') return 'pending';
      return 'confirmed';
    }
    return danger;
  }

  // One crisis kind per traversal: each is small, two together multiply (about 70k states).
  const interruptsWith = (kind: 'suicide' | 'overdose-now'): Event[] => [
    { type: 'crisis.detected', kind },
    { type: 'user.askHuman' },
    { type: 'user.restart' },
    { type: 'user.unclear' },
  ];
  it.each<[string, Alphabet]>([
    ['every safety answer, then starting over', { replies: 'safety', interrupts: [{ type: 'user.restart' }], forWhom: 'self' }],
    ['suicidal language, a person, start over and unclear replies in every state', { replies: 'no', interrupts: interruptsWith('suicide'), forWhom: 'self', oneWayThroughBooking: true }],
    ['an overdose happening now, a person, start over and unclear replies in every state', { replies: 'no', interrupts: interruptsWith('overdose-now'), forWhom: 'self', oneWayThroughBooking: true }],
  ])('holds in every reachable state: %s', (_, alphabet) => {
    const adjacency = getAdjacencyMap(graphMachine, {
      input,
      events: eventsFor(alphabet),
      serializeState: (s: unknown) => exactKey(s as Snapshot),
    } as never) as unknown as Record<string, { state: Snapshot; transitions: Record<string, { event: Event; state: Snapshot }> }>;

    const start = Object.keys(adjacency)[0]!;
    const seen = new Set<string>([`${start}|none`]);
    const queue: [string, Danger][] = [[start, 'none']];
    const violations: string[] = [];
    let dangerousStates = 0;
    while (queue.length) {
      const [key, danger] = queue.shift()!;
      const node = adjacency[key]!;
      if (danger !== 'none') dangerousStates++;
      if (danger !== 'none' && node.state.matches({ flow: 'booking' })) violations.push(`${danger}: ${JSON.stringify(node.state.value)}`);
      for (const t of Object.values(node.transitions)) {
        const next: [string, Danger] = [exactKey(t.state), nextDanger(danger, node.state, t.event)];
        const id = `${next[0]}|${next[1]}`;
        if (!seen.has(id)) {
          seen.add(id);
          queue.push(next);
        }
      }
    }
    expect(dangerousStates).toBeGreaterThan(100);
    expect(violations).toEqual([]);
  });
});
