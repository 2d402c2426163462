/**
 * The content script's sliced page reading (extension/content/page-text.ts) against B's
 * whole-body extraction, in happy-dom: the same text and nodes, every node at its offset, names
 * split over inline tags kept whole, hidden subtrees skipped.
 */
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, type TextMap } from '../../src/text/extract';

type PageText = typeof import('../../extension/content/page-text');
let pageText: PageText;

beforeAll(async () => {
  // Compile-time constant of the extension build (false: production behavior, no marks).
  Object.assign(globalThis, { __TEST_HOOKS__: false });
  pageText = await import('../../extension/content/page-text');
});

const ARTICLE = `
  <header><h1>Talks in <b>Ma</b>drid</h1></header>
  <main>
    <article>
      <p><b>Scott</b> Bessent met <i>He</i> Lifeng.</p>
      <div><div><p>Nvi<span>dia</span> waited.</p><p>Second para.</p></div></div>
      <section hidden><p>Hidden: Howard Lutnick</p></section>
      <div>Loose text beside <em>inline</em> and a block:<p>inner block</p>tail</div>
      <div class="mixed"><a id="top"></a><p>Lead paragraph.</p><span>Jensen</span> Huang said <b>Shou</b> <i>Zi</i> Chew<p>x</p></div>
      <ul><li>One</li><li>Two <a href="#">links</a></li></ul>
      <script>var ignored = 'Xi Jinping';</script>
    </article>
  </main>
  <footer>End</footer>`;

function body(html: string): HTMLElement {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document.body as unknown as HTMLElement;
}

function squeezeSeparators(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, '\n').replace(/^\s+|\s+$/g, '');
}

function expectNodesAtTheirOffsets(map: TextMap): void {
  map.nodes.forEach((node, i) => {
    const start = map.starts[i] as number;
    expect(map.text.slice(start, start + node.data.length)).toBe(node.data);
  });
}

describe('readPageTextInSlices', () => {
  it('reads the same nodes and text as one whole-body extraction', async () => {
    const root = body(ARTICLE);
    const whole = extractText(root);
    const { map } = await pageText.readPageTextInSlices(root as unknown as Element, () => false);
    // The article as a reader sees it, one block a line: hidden and script text left out.
    expect(squeezeSeparators(map.text)).toBe(
      [
        'Talks in Madrid',
        'Scott Bessent met He Lifeng.',
        'Nvidia waited.',
        'Second para.',
        'Loose text beside inline and a block:',
        'inner block',
        'tail',
        'Lead paragraph.',
        'Jensen Huang said Shou Zi Chew',
        'x',
        'One',
        'Two links',
        'End',
      ].join('\n'),
    );
    expect(map.text).toBe(whole.text);
    expect(map.nodes).toEqual(whole.nodes);
    expect(map.starts).toEqual(whole.starts);
    expectNodesAtTheirOffsets(map);
  });

  it('keeps names split over inline tags whole and skips hidden and script text', async () => {
    const { map } = await pageText.readPageTextInSlices(body(ARTICLE) as unknown as Element, () => false);
    for (const name of [
      'Scott Bessent',
      'He Lifeng',
      'Nvidia',
      'Madrid',
      'Loose text beside inline and a block:',
    ])
      expect(map.text).toContain(name);
    expect(map.text).not.toContain('Howard Lutnick');
    expect(map.text).not.toContain('Xi Jinping');
  });

  it('skips what the visibility test hides', async () => {
    const root = body('<div><p class="x">Nvidia</p><p>ByteDance</p></div>');
    const { map } = await pageText.readPageTextInSlices(
      root as unknown as Element,
      (el) => el.className === 'x',
    );
    expect(map.text).toBe('ByteDance');
  });

  it('reads a page of many blocks in several slices without losing a node', async () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} with <b>bold</b> words</p>`);
    const root = body(`<main>${paragraphs.join('')}</main>`);
    const { map } = await pageText.readPageTextInSlices(root as unknown as Element, () => false);
    expect(map.nodes).toHaveLength(3000 * 3);
    expectNodesAtTheirOffsets(map);
    expect(map.text.split('\n')).toHaveLength(3000);
  });
});
