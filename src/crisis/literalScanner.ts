/**
 * Which of the lexicon's required literals (requiredLiterals.ts) occur in a message: the detector's
 * prefilter, run once per message over some fifteen thousand literals.
 *
 * An Aho–Corasick automaton, built once: every state has a transition for every symbol, so the scan
 * is one table read per character, however many literals there are and however they overlap. (A trie
 * walked from every position costs the depth walked at each one; a regex alternation of thousands of
 * literals costs their number at each one.) The table holds states × symbols 32-bit entries, about
 * 8 MB for the lexicon: memory spent once per process for the check every message pays.
 */

/**
 * The text the literals are looked for in: the normalized message padded with a space at both ends,
 * every non-ASCII character (not a word character for \b) turned into a space. A literal's edge
 * space then stands for a word boundary (requiredLiterals.ts).
 */
export function scanText(normalized: string): string {
  return ` ${normalized.replace(/[\u0080-\uffff]/g, ' ')} `;
}

/** Returns a function giving the literals that occur in a scanText() text, overlapping ones included. */
export function literalScanner(literals: readonly string[]): (text: string) => ReadonlySet<string> {
  // Scanned text is ASCII: each character maps to one of the few symbols the literals use, or to 0.
  const symbolOf = new Int8Array(128);
  let symbols = 1;
  const unique = [...new Set(literals)].filter((l) => [...l].every((c) => c.charCodeAt(0) < 128));
  for (const literal of unique) {
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (symbolOf[code] === 0) symbolOf[code] = symbols++;
    }
  }
  const capacity = unique.reduce((n, l) => n + l.length, 0) + 1;
  const go = new Int32Array(capacity * symbols).fill(-1);
  const literalAt = new Int32Array(capacity).fill(-1); // the literal that ends at this state, if any
  let states = 1;
  unique.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const slot = state * symbols + (symbolOf[literal.charCodeAt(i)] as number);
      if (go[slot] === -1) go[slot] = states++;
      state = go[slot] as number;
    }
    literalAt[state] = id;
  });
  // Breadth first: a state's missing transitions are those of its longest proper suffix that is a
  // state (its failure state); `shorter` links it to the nearest such suffix where a literal ends.
  const failure = new Int32Array(states);
  const shorter = new Int32Array(states).fill(-1);
  const queue: number[] = [];
  for (let s = 0; s < symbols; s++) {
    const child = go[s] as number;
    if (child === -1) go[s] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const fallback = failure[state] as number;
    for (let s = 0; s < symbols; s++) {
      const slot = state * symbols + s;
      const child = go[slot] as number;
      const viaFallback = go[fallback * symbols + s] as number;
      if (child === -1) {
        go[slot] = viaFallback;
        continue;
      }
      failure[child] = viaFallback;
      shorter[child] = (literalAt[viaFallback] as number) >= 0 ? viaFallback : (shorter[viaFallback] as number);
      queue.push(child);
    }
  }
  const seen = new Uint8Array(states);
  return (text) => {
    const visited: number[] = [];
    const found = new Set<string>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = go[state * symbols + (code < 128 ? (symbolOf[code] as number) : 0)] as number;
      // Each state's chain of shorter literals is reported once per text: a state already seen had its whole chain reported.
      for (let s = state; s > 0 && seen[s] === 0; s = shorter[s] as number) {
        seen[s] = 1;
        visited.push(s);
        const id = literalAt[s] as number;
        if (id >= 0) found.add(unique[id] as string);
      }
    }
    // Reset only what this text marked: clearing the whole table would cost its size on every message.
    for (const s of visited) seen[s] = 0;
    return found;
  };
}
