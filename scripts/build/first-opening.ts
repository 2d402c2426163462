/**
 * What the background answers a new reader about the packs, worked out at build time from the
 * bundled packs (`BUNDLED_PACKS`) by the same functions the background uses: the options page's
 * pack list and the popup's deadlines. The build compiles them into the extension pages
 * (`__FIRST_OPENING_PACKS__`, `__FIRST_OPENING_KNOWLEDGE__`, see extension/env.d.ts), where they
 * are never shown: on a page's first opening, with no height remembered yet, they are laid out
 * invisibly once to learn how much room to hold for the real answer (extension/shared/held-place.tsx).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deadline } from '../../src/knowledge/schema';
import { formatProblem, parsePackText } from '../../src/knowledge/validate';
import type { PopupKnowledgeResponse } from '../../src/messages/protocol';
import { BUNDLED_PACKS, type PackRecord, recordForCopy } from '../../src/packs/catalog';
import { type PackSummary, packDeadlines, summarize } from '../../src/packs/summary';

/**
 * A deadline as the collapsed popup lays it out: the words shown only when it is expanded and the
 * sources' addresses (the bundles hold no URL literals, see tests/unit/security-build.test.ts) are
 * left out.
 */
function layoutOnly(deadline: Deadline): Deadline {
  const timeline = deadline.timeline.map((entry) => ({ ...entry, event: '', source: '' }));
  return { ...deadline, summary: '', timeline };
}

export type FirstOpening = { packs: PackSummary[]; knowledge: PopupKnowledgeResponse };

/** The bundled packs as a new reader's list holds them, stored at `now`, read from `publicDir`. */
export function firstOpening(publicDir: string, now: Date): FirstOpening {
  const records: PackRecord[] = [];
  for (const bundled of BUNDLED_PACKS) {
    const parsed = parsePackText(readFileSync(join(publicDir, bundled.file), 'utf8'));
    if (!parsed.ok)
      throw new Error(`${bundled.file} is invalid:\n${parsed.problems.map(formatProblem).join('\n')}`);
    const source = { kind: 'bundled', file: bundled.file } as const;
    const copy = { pack: parsed.pack, digest: '', source, now, enabledIfNew: bundled.enabledByDefault };
    records.push(recordForCopy(undefined, records, copy));
  }
  const enabled = records.filter((r) => r.enabled);
  return {
    packs: summarize(records, [], new Map()),
    knowledge: {
      // Which entities a deadline names is not shown in the popup: every reference is kept.
      deadlines: packDeadlines(enabled, () => true).map((d) => ({ ...d, deadline: layoutOnly(d.deadline) })),
      names: {},
      asOf: enabled
        .map((r) => r.asOf)
        .sort()
        .at(-1),
    },
  };
}
