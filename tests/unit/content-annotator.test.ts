/**
 * The annotator's passes (extension/content/annotator.ts) in happy-dom, with the background, the
 * painter and the time slices replaced: an unchanged page is not sent for recognition again, a
 * changed text or a replaced node holding a mention is, and nothing keeps the page's text between
 * passes (a heap probe after a forced collection).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WireMention } from '../../src/messages/protocol';
import { defaultSettings } from '../../src/settings';
import { extractText, type TextMap } from '../../src/text/extract';

const page = new Window();
const doc = page.document as unknown as Document;
/** The texts sent for recognition, by length only (a recorded text would itself stay in the heap). */
const recognized: number[] = [];
let answer: (text: string) => WireMention[] = () => [];
/** Whether the fake background sends the text's digest with the mentions, as the real one does. */
let withDigest = true;
/** The pieces of a long text before its `recognize` (dropped once it comes). */
const parts: string[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: { type: string; text?: string }) => {
        if (message.type === 'recognize-part') parts.push(message.text ?? '');
        if (message.type !== 'recognize') return true;
        const text = parts.splice(0).join('') + (message.text ?? '');
        recognized.push(text.length);
        const { textDigest } = await import('../../src/text/text-digest');
        return { mentions: answer(text), digest: withDigest ? textDigest(text) : undefined };
      },
    },
  },
}));
/** How the replaced page-text module reads the page (the Chromium walk unless a test says otherwise). */
let readMap = (root: Element): TextMap => extractText(root);
vi.mock('../../extension/content/page-text', () => ({
  pageRoot: () => doc.body,
  readPageTextInSlices: async (root: Element) => ({ map: readMap(root), busyMs: 0 }),
}));
vi.mock('../../extension/content/highlight-painter', () => ({
  clearHighlights: () => {},
  paintHighlights: () => {},
}));
vi.mock('../../extension/content/time-slices', () => ({
  afterRendering: async () => {},
  yieldToPage: async () => {},
  inSlices: async (_where: string, step: () => boolean) => {
    while (step());
    return 0;
  },
}));

type Modules = {
  annotator: typeof import('../../extension/content/annotator');
  index: typeof import('../../extension/content/mention-index');
};
let modules: Modules;

beforeAll(async () => {
  Object.assign(globalThis, { __TEST_HOOKS__: false, document: doc });
  modules = {
    annotator: await import('../../extension/content/annotator'),
    index: await import('../../extension/content/mention-index'),
  };
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'document');
});

/** Every occurrence of each name, as the background would answer. */
function findNames(...names: string[]) {
  return (text: string): WireMention[] =>
    names
      .flatMap((name) =>
        [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
          entity: name.toLowerCase().replace(/ /g, '-'),
          type: 'person' as const,
          start: m.index,
          end: m.index + name.length,
        })),
      )
      .sort((a, b) => a.start - b.start);
}

function session() {
  const index = modules.index.createMentionIndex();
  const annotator = modules.annotator.createAnnotator(index);
  annotator.setSettings({ ...defaultSettings(), enabledHere: true });
  return { index, annotator };
}

describe('annotator passes', () => {
  it.each([true, false])(
    'skips an unchanged page and reads a changed one again (digest from the background: %s)',
    async (digest) => {
      withDigest = digest;
      doc.body.innerHTML = '<p id="a">Scott Bessent met reporters.</p><p id="b">Then lunch.</p>';
      answer = findNames('Scott Bessent');
      recognized.length = 0;
      const { index, annotator } = session();
      expect(annotator.pageRead()).toBe(false);
      await annotator.annotate();
      expect(recognized).toHaveLength(1);
      expect(annotator.pageRead()).toBe(true);
      expect(index.mentions().map((m) => m.text)).toEqual(['Scott Bessent']);

      await annotator.annotate(); // nothing changed
      expect(recognized).toHaveLength(1);

      // A node without mentions replaced by one with the same text: the highlights are still right.
      const b = doc.getElementById('b') as HTMLElement;
      b.replaceChild(doc.createTextNode('Then lunch.'), b.firstChild as Node);
      await annotator.annotate();
      expect(recognized).toHaveLength(1);

      // The node holding the mention replaced by an identical one: its range must move to the new node.
      const a = doc.getElementById('a') as HTMLElement;
      const fresh = doc.createTextNode('Scott Bessent met reporters.');
      a.replaceChild(fresh, a.firstChild as Node);
      await annotator.annotate();
      expect(recognized).toHaveLength(2);
      expect(index.mentions()[0]?.range.startContainer).toBe(fresh);

      // The same length, another text.
      b.firstChild?.replaceWith(doc.createTextNode('Then lunxh.'));
      await annotator.annotate();
      expect(recognized).toHaveLength(3);

      // A longer text (no hashing needed to tell).
      doc.body.append(doc.createTextNode(' More.'));
      await annotator.annotate();
      expect(recognized).toHaveLength(4);

      // New settings: read and recognized again even though the page is the same.
      annotator.setSettings({ ...defaultSettings(), enabledHere: true });
      expect(annotator.pageRead()).toBe(false);
      await annotator.annotate();
      expect(recognized).toHaveLength(5);
      withDigest = true;
    },
  );

  it('keeps neither the page text nor a view into it after a pass', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // 3 million characters in 150 text nodes, one of them outside Latin-1: the joined text is a
    // two-byte string of its own, 6 MB.
    const paragraph = `Scott Bessent ${'x'.repeat(19_983)}’s.`;
    doc.body.innerHTML = Array.from({ length: 150 }, () => `<p>${paragraph}</p>`).join('');
    answer = findNames('Scott Bessent'); // 13 code units: a slice that would be a view into the text
    recognized.length = 0;
    const { index, annotator } = session();
    gc();
    const before = process.memoryUsage().heapUsed;
    await annotator.annotate();
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(recognized).toEqual([3_000_000 + 149]);
    expect(index.mentions()).toHaveLength(150);
    expect(grown).toBeLessThan(1_500_000);
  });

  // Firefox's walk leaves its text a rope of chunks: flattening it whole was a 4–46 ms task
  // (src/text/text-chunks.ts). The map's `text` is replaced by one of the same length that reads
  // otherwise: what is sent and kept must come from the chunks, never from `text`.
  it('sends the pieces and keeps the mention text from the chunks of an unflattened text', async () => {
    withDigest = true;
    const filler = Array.from({ length: 2500 }, (_, i) => `<p>Paragraph number ${i} here.</p>`).join('');
    doc.body.innerHTML = `${filler}<p>Scott Bessent met reporters.</p>`;
    answer = findNames('Scott Bessent');
    recognized.length = 0;
    readMap = (root) => {
      const map = extractText(root, { textToText: true });
      return { ...map, text: 'x'.repeat(map.text.length) };
    };
    try {
      const { index, annotator } = session();
      await annotator.annotate();
      expect(readMap(doc.body).chunks?.length).toBeGreaterThan(1);
      expect(recognized).toHaveLength(1);
      expect(recognized[0]).toBeGreaterThan(65_536); // sent in pieces
      expect(index.mentions().map((m) => m.text)).toEqual(['Scott Bessent']);
    } finally {
      readMap = (root) => extractText(root);
    }
  });
});
