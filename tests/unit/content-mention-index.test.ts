/**
 * The content script's mention index (extension/content/mention-index.ts) in happy-dom: ranges
 * across split names, caret hit-testing at both ends, counts, first mention, change listeners.
 */
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { WireMention } from '../../src/messages/protocol';
import { extractText, type TextMap } from '../../src/text/extract';

type IndexModule = typeof import('../../extension/content/mention-index');
type MentionIndex = ReturnType<IndexModule['createMentionIndex']> &
  Pick<IndexModule, 'draftIndex' | 'addToDraft'>;
let index: MentionIndex;
let map: TextMap;
let body: HTMLElement;

function wire(text: string, entity: string, from = 0): WireMention {
  const start = map.text.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" not in the page text`);
  return { entity, type: 'person', start, end: start + text.length };
}

beforeAll(async () => {
  const window = new Window();
  Object.assign(globalThis, { __TEST_HOOKS__: false, document: window.document });
  const module = await import('../../extension/content/mention-index');
  index = { ...module.createMentionIndex(), draftIndex: module.draftIndex, addToDraft: module.addToDraft };
  window.document.body.innerHTML = '<p><b>Scott</b> Bessent met He Lifeng.</p><p>Then Bessent left.</p>';
  body = window.document.body as unknown as HTMLElement;
  map = extractText(body);
});

describe('mention index', () => {
  it('indexes mentions with DOM ranges, also across inline tags, and tells listeners', () => {
    const listener = vi.fn();
    const unsubscribe = index.onMentionsChanged(listener);
    const draft = index.draftIndex(map);
    const bessentTwice = map.text.indexOf('Bessent', map.text.indexOf('Then'));
    for (const m of [
      wire('Scott Bessent', 'scott-bessent'),
      wire('He Lifeng', 'he-lifeng'),
      wire('Bessent', 'scott-bessent', bessentTwice),
    ])
      index.addToDraft(draft, m);
    index.addToDraft(draft, { entity: 'x', type: 'person', start: 5, end: 99_999 }); // out of range: dropped
    index.setMentions(draft);
    unsubscribe();

    expect(index.mentions().map((m) => m.text)).toEqual(['Scott Bessent', 'He Lifeng', 'Bessent']);
    const [scott] = index.mentions();
    expect(scott?.range.toString()).toBe('Scott Bessent');
    expect(scott?.range.startContainer.parentNode?.nodeName).toBe('B');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(index.mentionCounts()).toEqual({ 'scott-bessent': 2, 'he-lifeng': 1 });
    expect(index.firstMentionOf('he-lifeng')?.text).toBe('He Lifeng');
    expect(index.firstMentionOf('nobody')).toBeUndefined();
  });

  it('finds the mention at a caret position, both ends included, nothing between mentions', () => {
    const bold = body.querySelector('b')?.firstChild as unknown as Text; // "Scott"
    const rest = bold.parentNode?.nextSibling as unknown as Text; // " Bessent met He Lifeng."
    expect(index.mentionAt(bold, 0)?.entity).toBe('scott-bessent');
    expect(index.mentionAt(rest, ' Bessent'.length)?.entity).toBe('scott-bessent'); // right edge
    expect(index.mentionAt(rest, ' Bessent m'.length)).toBeUndefined(); // "met"
    expect(index.mentionAt(rest, rest.data.indexOf('Lifeng'))?.entity).toBe('he-lifeng');
    const untouched = body.lastElementChild?.firstChild as unknown as Text;
    expect(index.mentionAt(untouched, 0)).toBeUndefined(); // "Then …": node indexed, no mention at 0
    expect(index.mentionAt(untouched, untouched.data.indexOf('Bessent') + 1)?.text).toBe('Bessent');
  });

  it('empties on clear and tells listeners once', () => {
    const listener = vi.fn();
    index.onMentionsChanged(listener);
    index.clearMentions();
    index.clearMentions(); // already empty: no second notification
    expect(index.mentions()).toEqual([]);
    expect(index.mentionCounts()).toEqual({});
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
