/**
 * The mentions one recognizer call accepts in its sweep (pack-recognizer.ts), as parallel arrays
 * in text order, before the page-level rules (page-rules.ts) keep or drop them.
 */
import type { TraceEvent } from './mention';

export type AcceptedMentions = {
  starts: number[];
  ends: number[];
  entities: number[];
  /** 1 when the alias that named it is weak. */
  weak: number[];
  /**
   * How many distinct entities named strongly let an entity's weak mentions count without a
   * relation, where that differs from its type's (acronyms.ts): ACRONYM_EVIDENCE for an
   * organization's acronym, Infinity for one the page spells out as another's.
   */
  strongNeeded: Map<number, number>;
  /** Entities named strongly in another script of the same text (han-merge.ts). */
  namedElsewhere: number[];
};

export function noMentionsAccepted(): AcceptedMentions {
  return { entities: [], starts: [], ends: [], weak: [], strongNeeded: new Map(), namedElsewhere: [] };
}

/** The entities the kept mentions (indexes into `accepted`) name strongly, or another script does. */
export function strongEntities(kept: readonly number[], accepted: AcceptedMentions): Set<number> {
  const strong = new Set<number>(accepted.namedElsewhere);
  for (const k of kept) if (accepted.weak[k] === 0) strong.add(accepted.entities[k] as number);
  return strong;
}

/** The trace event of accepted mention k (annotate --explain); `id` names an entity index. */
export function traceEvent(
  text: string,
  k: number,
  accepted: AcceptedMentions,
  id: (entity: number) => string,
  kept: boolean,
  rule: string,
): TraceEvent {
  const start = accepted.starts[k] as number;
  const end = accepted.ends[k] as number;
  return { start, end, text: text.slice(start, end), entity: id(accepted.entities[k] as number), kept, rule };
}
