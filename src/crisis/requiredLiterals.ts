/**
 * Required literals: for a regex source, short lists of substrings such that every match contains
 * one substring of each list. The detector finds the literals of the whole lexicon in a message with
 * one scan (literalScanner.ts) and skips the regex of every pattern with a list none of whose
 * literals is there, so most of the lexicon costs almost nothing on a message that is not about a
 * crisis.
 *
 * The list is derived from the pattern's own source, never written by hand, so it cannot drift from
 * the pattern. The analysis is conservative: anything it does not understand (a construct outside the
 * small regex subset the lexicon uses, a class too large to list, a requirement too weak to be worth
 * checking) gives no list, and the pattern then always runs. Lookarounds match the empty string;
 * the text of a positive one must still be in the message, which is all the prefilter asks, so it can
 * give a requirement of its own.
 * test/crisis/requiredLiterals.test.ts checks soundness on strings generated from every pattern.
 */

export type RegexNode =
  | { readonly type: 'char'; readonly chars: readonly string[] | null } // null: too many to list (\w, [^ ], .)
  | { readonly type: 'empty' } // \B, ^, $, negative lookarounds (\b is a 'char' node holding BOUNDARY)
  | { readonly type: 'look'; readonly node: RegexNode } // a positive lookaround: zero-width, but its text is in the message
  | { readonly type: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly type: 'alt'; readonly options: readonly RegexNode[] }
  | { readonly type: 'repeat'; readonly node: RegexNode; readonly min: number; readonly max: number };

const MAX_CLASS = 6; // a class of at most this many characters is listed ([iy], [cs])
const MAX_EXACT = 64; // a node with at most this many possible strings is tracked exactly
const MAX_LITERALS = 64; // a longer list is checked less cheaply than the regex it saves (the trie scan itself does not mind)
const MIN_LITERAL = 3; // shorter literals occur in nearly every message
const SELECTIVE = 7; // literals this long are rare enough; longer ones rank no better
/**
 * A word boundary (\b) inside an exact string. In a literal it becomes a space where it touches a
 * word character at the literal's edge (" end" does not occur in "weekend"), and disappears
 * elsewhere. That is sound on scanText(): normalized text, where words are separated by spaces,
 * padded with a space at both ends, with every non-ASCII character (not a word character for \b)
 * turned into a space.
 */
const BOUNDARY = '\u0000';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[a-z0-9_]$/i.test(c);

/** Parses the regex subset used by the lexicon; throws on anything else. */
export function parseRegex(source: string): RegexNode {
  let i = 0;
  const peek = (): string => source.charAt(i);
  const fail = (what: string): never => {
    throw new Error(`requiredLiterals: ${what} at ${i} in ${source}`);
  };

  function alternation(): RegexNode {
    const options = [sequence()];
    while (peek() === '|') {
      i += 1;
      options.push(sequence());
    }
    return options.length === 1 ? (options[0] as RegexNode) : { type: 'alt', options };
  }

  function sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { type: 'seq', items };
  }

  function quantified(node: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const c = peek();
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
      if (!m) return fail('a brace that is not a quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i += 1;
    if (peek() === '?') i += 1; // lazy: same strings
    return quantified({ type: 'repeat', node, min, max });
  }

  function atom(): RegexNode {
    const c = peek();
    i += 1;
    if (c === '(') {
      let lookaround: 'positive' | 'negative' | undefined;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i))) {
        const behind = source.charAt(i + 1) === '<';
        lookaround = source.charAt(i + (behind ? 2 : 1)) === '=' ? 'positive' : 'negative';
        i += behind ? 3 : 2;
      } else if (peek() === '?') fail('an unsupported group');
      const inner = alternation();
      if (peek() !== ')') fail('an unclosed group');
      i += 1;
      if (lookaround === 'positive') return { type: 'look', node: inner };
      return lookaround === 'negative' ? { type: 'empty' } : inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape(false);
    if (c === '^' || c === '$') return { type: 'empty' };
    if (c === '.') return { type: 'char', chars: null };
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') return fail(`a stray ${c}`);
    return { type: 'char', chars: [c] };
  }

  function escape(inClass: boolean): RegexNode {
    const c = peek();
    i += 1;
    if (!inClass && c === 'b') return { type: 'char', chars: [BOUNDARY] };
    if (!inClass && c === 'B') return { type: 'empty' };
    if ('dDwWsS'.includes(c)) return { type: 'char', chars: null };
    if (c === 'u' || c === 'x' || c === 'p' || c === 'P' || /\d/.test(c)) return fail('an unsupported escape');
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
    return { type: 'char', chars: [named[c] ?? c] };
  }

  function charClass(): RegexNode {
    const negated = peek() === '^';
    if (negated) i += 1;
    const chars = new Set<string>();
    let listable = !negated;
    while (peek() !== ']') {
      if (i >= source.length) fail('an unclosed class');
      let first: string;
      if (peek() === '\\') {
        i += 1;
        const node = escape(true);
        if (node.type !== 'char' || !node.chars) {
          listable = false;
          continue;
        }
        first = node.chars[0] as string;
      } else {
        first = peek();
        i += 1;
      }
      if (peek() === '-' && source.charAt(i + 1) !== ']') {
        i += 1;
        const last = peek() === '\\' ? source.charAt(++i) : peek();
        i += 1;
        for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code += 1) chars.add(String.fromCharCode(code));
      } else chars.add(first);
    }
    i += 1;
    return { type: 'char', chars: listable && chars.size <= MAX_CLASS ? [...chars] : null };
  }

  const node = alternation();
  if (i !== source.length) fail('unbalanced parentheses');
  return node;
}

/** What a node tells about the strings it matches. */
interface Info {
  /** Every string the node can match, when there are few enough to list. */
  readonly exact: ReadonlySet<string> | null;
  /** One of these substrings is in every match (null: nothing known beyond `exact`). */
  readonly required: ReadonlySet<string> | null;
}

const ANYTHING: Info = { exact: null, required: null };

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Common prefix of two strings. */
function commonPrefix(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a.charAt(k) === b.charAt(k)) k += 1;
  return a.slice(0, k);
}

/** Exact strings as literals: word boundaries become spaces at the edges and vanish elsewhere. */
function resolveBoundaries(set: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const s of set) {
    let lit = '';
    for (let k = 0; k < s.length; k += 1) {
      const c = s.charAt(k);
      if (c !== BOUNDARY) lit += c;
      else if (lit === '' && isWordChar(s.slice(k + 1).split(BOUNDARY).join('').charAt(0))) lit += ' ';
      else if (k === s.length - 1 && isWordChar(lit.charAt(lit.length - 1))) lit += ' ';
    }
    out.add(lit);
  }
  return out;
}

/**
 * A smaller set that is still a requirement: every literal may be replaced by any substring of itself
 * (whatever contains the literal contains the substring). So: merge literals that share a prefix of
 * MIN_MERGE or more characters (" strangle", " strangling" → " strangl"), and drop any literal that
 * contains another one.
 */
const MIN_MERGE = 5;
function weaken(set: ReadonlySet<string>): ReadonlySet<string> {
  const merged: string[] = [];
  for (const lit of [...set].sort()) {
    const last = merged[merged.length - 1];
    const prefix = last === undefined ? '' : commonPrefix(last, lit);
    if (last !== undefined && prefix.length >= MIN_MERGE) merged[merged.length - 1] = prefix;
    else merged.push(lit);
  }
  const bySize = [...new Set(merged)].sort((a, b) => a.length - b.length);
  return new Set(bySize.filter((lit, k) => !bySize.slice(0, k).some((shorter) => lit.includes(shorter))));
}

/** The best set of substrings one of which every match contains, or null. */
function requirementOf(info: Info): ReadonlySet<string> | null {
  const literals = info.exact && resolveBoundaries(info.exact);
  const fromExact = literals && !literals.has('') ? weaken(literals) : null;
  return better(fromExact, info.required);
}

/**
 * Words found in almost every message. A requirement made of them is sound but rarely saves a regex
 * run, so a rarer one is preferred (this only ever changes speed, never what matches).
 */
const COMMON = new Set(
  ('want wanna wants need needs have has had got get take took make made going gonna will would could should ' +
    'dont cant not no me my im ive the and for this that with call see saw hear done sick tired ready face hope ' +
    'better rather plan just to too how way let me like to time to trying to about to ready to feel like ' +
    'quiero voy a tengo me se de esta tiene que con para por una la el siento creo que me me voy a se va a ' +
    'me estoy me siento necesito pienso podria vamos a deseo llamar llamo llame')
    .split(' '),
);
const isCommon = (literal: string): boolean => COMMON.has(literal.trim());

/** Lower is better: usable sets first, then sets without very common words, then the more selective (longest shortest literal), then fewer literals. */
function rank(set: ReadonlySet<string>): [number, number, number, number] {
  const minLength = Math.min(...[...set].map((s) => s.length));
  return [
    minLength >= MIN_LITERAL && set.size <= MAX_LITERALS ? 0 : 1,
    [...set].some(isCommon) ? 1 : 0,
    -Math.min(minLength, SELECTIVE),
    set.size,
  ];
}

function compareRanks(ra: readonly number[], rb: readonly number[]): number {
  for (let k = 0; k < ra.length; k += 1) if ((ra[k] as number) !== (rb[k] as number)) return (ra[k] as number) - (rb[k] as number);
  return 0;
}

function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (!a) return b;
  if (!b) return a;
  return compareRanks(rank(a), rank(b)) <= 0 ? a : b;
}

function analyse(node: RegexNode): Info {
  switch (node.type) {
    case 'empty':
    case 'look': // zero-width: adds nothing to the strings a match is made of (partRequirements reads its text)
      return { exact: new Set(['']), required: null };
    case 'char': // a lone \b is the exact string BOUNDARY, which on its own resolves to no requirement
      return node.chars ? { exact: new Set(node.chars), required: null } : ANYTHING;
    case 'alt': {
      const infos = node.options.map(analyse);
      const sets = infos.map(requirementOf);
      const required = sets.some((s) => s === null) ? null : weaken(new Set(sets.flatMap((s) => [...(s as ReadonlySet<string>)])));
      if (infos.every((x) => x.exact)) {
        const union = new Set(infos.flatMap((x) => [...(x.exact as ReadonlySet<string>)]));
        if (union.size <= MAX_EXACT) return { exact: union, required };
      }
      return { exact: null, required };
    }
    case 'repeat': {
      const inner = analyse(node.node);
      if (node.min === 0 && node.max === 1 && inner.exact) return { exact: new Set([...inner.exact, '']), required: null };
      if (node.min === 0) return ANYTHING;
      if (inner.exact && node.max <= 3) {
        let power: Set<string> | null = new Set(['']);
        const union = new Set<string>();
        for (let k = 1; k <= node.max && power; k += 1) {
          power = cross(power, inner.exact);
          if (power && k >= node.min) for (const s of power) union.add(s);
        }
        if (power && union.size <= MAX_EXACT) return { exact: union, required: requirementOf(inner) };
      }
      return { exact: null, required: requirementOf(inner) };
    }
    case 'seq': {
      // `whole` is every string of the sequence so far, while few enough; `run` is every string of
      // the stretch since the last optional or branching item. Both are contiguous in any match, so
      // each is a requirement; the best requirement seen wins.
      let whole: Set<string> | null = new Set(['']);
      let run: Set<string> | null = new Set(['']);
      let best: ReadonlySet<string> | null = null;
      for (const item of node.items) {
        const info = analyse(item);
        const fixed = info.exact && info.exact.size === 1 && !info.exact.has('');
        if (!fixed) {
          best = better(best, run && requirementOf({ exact: run, required: null }));
          best = better(best, requirementOf(info));
          run = new Set(['']);
        } else run = run && cross(run, info.exact as ReadonlySet<string>);
        const extended: Set<string> | null = whole && info.exact ? cross(whole, info.exact) : null;
        if (!extended) best = better(best, whole && requirementOf({ exact: whole, required: null }));
        whole = extended;
      }
      best = better(best, run && requirementOf({ exact: run, required: null }));
      return { exact: whole, required: best };
    }
  }
}

const usable = (set: ReadonlySet<string> | null): set is ReadonlySet<string> =>
  set !== null && set.size <= MAX_LITERALS && [...set].every((l) => l.length >= MIN_LITERAL);

/** The items of a sequence, nested sequences and single groups opened up: "\\b(?:a b)\\b" is four items. */
function flatItems(node: RegexNode): readonly RegexNode[] {
  return node.type === 'seq' ? node.items.flatMap(flatItems) : [node];
}

/**
 * Requirements of disjoint parts of a sequence: each run of fixed items and each other item. Every
 * match holds every item of the sequence, so it holds a literal of each of these sets at once.
 */
function partRequirements(node: RegexNode): ReadonlySet<string>[] {
  const parts: ReadonlySet<string>[] = [];
  let run: Set<string> | null = new Set(['']);
  const endRun = (): void => {
    const set = run && requirementOf({ exact: run, required: null });
    if (usable(set)) parts.push(set);
    run = new Set(['']);
  };
  for (const item of flatItems(node)) {
    if (item.type === 'look') {
      // Zero-width: the run goes on across it, and its own text is in the message (all the prefilter needs).
      const set = requirementOf(analyse(item.node));
      if (usable(set)) parts.push(set);
      continue;
    }
    const info = analyse(item);
    if (info.exact && info.exact.size === 1 && !info.exact.has('')) {
      run = run && cross(run, info.exact);
      continue;
    }
    endRun();
    const set = requirementOf(info);
    if (usable(set)) parts.push(set);
  }
  endRun();
  return parts;
}

/**
 * What every match of `source` must contain: one literal of each listed set, best first (the rarest,
 * which the detector looks up first); empty when no short, useful list exists (then the pattern
 * always runs). Sets come from disjoint parts of the phrase (or a lookaround's text), so every
 * matching message holds one literal of each: "my kid ... ate ... pills" is skipped by a message that
 * has "ate" but no "kid". Sets of very common words ("took", "and") are kept too, after the others:
 * checking one costs a lookup, and a long phrase whose distinctive words are all present still needs
 * its commoner ones.
 */
export function requiredLiteralSets(source: string): readonly (readonly string[])[] {
  let node: RegexNode;
  try {
    node = parseRegex(source);
  } catch {
    return [];
  }
  const whole = requirementOf(analyse(node));
  const sets = [...partRequirements(node), ...(usable(whole) ? [whole] : [])].sort((a, b) => compareRanks(rank(a), rank(b)));
  // A set met whenever another is met says nothing more: every literal of "myself " contains "myself".
  const implies = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((x) => [...b].some((y) => x.includes(y)));
  const kept: ReadonlySet<string>[] = [];
  for (const set of sets) {
    const redundant = sets.some((other) => other !== set && implies(other, set) && (!implies(set, other) || kept.includes(other)));
    if (!redundant) kept.push(set);
  }
  return kept.map((set) => [...set]);
}
