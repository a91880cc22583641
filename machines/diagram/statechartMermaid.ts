import type { AnyStateMachine, AnyStateNode } from 'xstate';

/**
 * The statechart as a Mermaid `stateDiagram-v2`, generated from the machine itself so the
 * README can never drift from the code. Guards label transitions; interrupts that apply in
 * every state are drawn once, from the root.
 */
export function statechartMermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2', '  direction LR'];
  const name = (node: AnyStateNode) => node.id.replace(/^[^.]+\./, '').replace(/[.-]/g, '_');
  const label = (node: AnyStateNode) => node.key;

  const describe = (node: AnyStateNode, indent: string) => {
    const children = (Object.values(node.states) as AnyStateNode[]).filter((c) => c.type !== 'history');
    if (node !== machine.root) {
      if (children.length === 0) {
        lines.push(`${indent}${name(node)} : ${label(node)}`);
        return;
      }
      lines.push(`${indent}state "${label(node)}" as ${name(node)} {`);
    }
    const inner = node === machine.root ? indent : `${indent}  `;
    const initial = node.initial?.target?.[0] as AnyStateNode | undefined;
    if (initial) lines.push(`${inner}[*] --> ${name(initial)}`);
    children.forEach((child) => describe(child, inner));
    if (node !== machine.root) lines.push(`${indent}}`);
  };

  const edges = (node: AnyStateNode) => {
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) {
        for (const target of t.target ?? []) {
          const targetNode = target as AnyStateNode;
          if (targetNode.type === 'history') continue;
          const from = node === machine.root ? '[*]' : name(node);
          if (from === '[*]') continue;
          const guard = t.guard ? ` [${guardName(t.guard)}]` : '';
          lines.push(`  ${from} --> ${name(targetNode)} : ${event}${guard}`);
        }
      }
    }
    for (const t of node.always ?? []) {
      for (const target of t.target ?? []) {
        const guard = t.guard ? ` [${guardName(t.guard)}]` : '';
        lines.push(`  ${name(node)} --> ${name(target as AnyStateNode)} : always${guard}`);
      }
    }
    (Object.values(node.states) as AnyStateNode[]).forEach(edges);
  };

  describe(machine.root, '  ');
  edges(machine.root);
  const interrupts = [...machine.root.transitions.keys()].join(', ');
  lines.push(`  note right of flow : In every state — ${interrupts}`);
  return lines.join('\n');
}

function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    // and(), or() and not() carry the guards they combine.
    const inner = (guard as { guards?: unknown[] }).guards;
    const name = (guard as { name?: string }).name || 'guard';
    return inner ? `${name}(${inner.map(guardName).join(', ')})` : name;
  }
  const g = guard as { type?: string; params?: Record<string, unknown> };
  if (!g.type) return 'guard';
  const params = g.params ? Object.values(g.params).filter((v) => v !== undefined).map((v) => (Array.isArray(v) ? v.join('|') : String(v))) : [];
  return params.length ? `${g.type} ${params.join(' ')}` : g.type;
}
