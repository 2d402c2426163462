/** The recognizer's public types (index.ts re-exports them; modules import them from here). */

export type Mention = { entity: string; start: number; end: number; text: string };
/** `trace`, when given, hears which rule kept or dropped every candidate (annotate --explain). */
export type Recognizer = { recognize(text: string, trace?: (event: TraceEvent) => void): Mention[] };

/** A person's full name found in the text by another tool (compromise): start and end offsets. */
export type FullNameSpan = { start: number; end: number };
/**
 * Finds full names for coreference instead of name structure. Only for measuring the choice
 * (scripts/measure-coreference.ts, docs/recognition.md): the shipped recognizer uses name structure.
 */
export type FullNameFinder = (text: string) => readonly FullNameSpan[];

/** What happened to one candidate, for `annotate --explain`. */
export type TraceEvent = {
  start: number;
  end: number;
  text: string;
  /** The entity the candidate would name (undefined when no entity was chosen). */
  entity: string | undefined;
  kept: boolean;
  rule: string;
};
