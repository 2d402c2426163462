/** The recognizer's public types (index.ts re-exports them; modules import them from here). */
import type { TraceEvent } from './page-rules';

export type { TraceEvent } from './page-rules';
export type Mention = { entity: string; start: number; end: number; text: string };
/** `trace`, when given, hears which rule kept or dropped every candidate (annotate --explain). */
export type Recognizer = { recognize(text: string, trace?: (event: TraceEvent) => void): Mention[] };
