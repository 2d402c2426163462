/**
 * Hostile input for text extraction: random DOM trees (happy-dom) mixing block, inline and
 * skipped elements, hidden/aria-hidden/contenteditable attributes and hostile text (lone
 * surrogates, RTL, combining marks, NUL). Against an independent recursive oracle:
 * the extracted nodes are exactly the visible text nodes in document order, each node's data sits
 * at its start offset, only single separators lie between nodes, and `locate` round-trips.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, extractText, isSkippedElement, locate, type TextMap } from '../../src/text/extract';

const RUNS = 150;
const TAGS = [
  'div',
  'p',
  'span',
  'b',
  'a',
  'li',
  'h2',
  'br',
  'script',
  'style',
  'code',
  'textarea',
  'svg',
  'template',
  'table',
  'td',
];
const ATTRIBUTES: [string, string][] = [
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['contenteditable', 'true'],
  ['contenteditable', 'false'],
  ['class', 'x'],
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    'Scott Bessent',
    '\uD800',
    '\uDC00x',
    'מכס על ',
    'e\u0301\u0301',
    '\u202Eevil',
    '\0',
    '',
    ' ',
    '\n',
  ),
);

type Tree = { text: string } | { tag: string; attrs: [string, string][]; children: Tree[] };

const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText.map((text) => ({ text })),
    tie('element'),
  ),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.subarray(ATTRIBUTES, { maxLength: 2 }),
    children: fc.array(tie('tree'), { maxLength: 5 }),
  }),
}));

const window = new Window();
const document = window.document as unknown as Document;
afterAll(async () => {
  await window.happyDOM.close();
});

function build(node: Tree): Node {
  if ('text' in node) return document.createTextNode(node.text);
  const element = document.createElement(node.tag);
  for (const [name, value] of node.attrs) element.setAttribute(name, value);
  // Void elements (<br>) and <template> content never hold children in a parsed page.
  if (node.tag !== 'br' && node.tag !== 'template')
    for (const child of node.children) element.appendChild(build(child));
  return element;
}

/** The oracle: non-empty text nodes under root, in document order, outside skipped subtrees. */
function visibleTextNodes(node: Node, out: Text[] = []): Text[] {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      if ((child as Text).data.length > 0) out.push(child as Text);
    } else if (child.nodeType === 1 && !isSkippedElement(child as Element)) visibleTextNodes(child, out);
  }
  return out;
}

function expectConsistent(map: TextMap, root: Node): void {
  expect(map.nodes).toEqual(visibleTextNodes(root));
  expect(map.starts).toHaveLength(map.nodes.length);
  let expectedEnd = 0;
  map.nodes.forEach((node, i) => {
    const start = map.starts[i] as number;
    expect(map.text.slice(start, start + node.data.length)).toBe(node.data);
    const gap = map.text.slice(expectedEnd, start);
    expect(i === 0 ? [''] : ['', BLOCK_SEPARATOR]).toContain(gap);
    expectedEnd = start + node.data.length;
    for (const k of [0, node.data.length - 1]) {
      if (k < 0) continue;
      expect(locate(map, start + k, 'start')).toEqual({ node, offset: k });
    }
    expect(locate(map, start + node.data.length, 'end')).toEqual({ node, offset: node.data.length });
  });
  expect(map.text.length).toBe(expectedEnd);
  expect(locate(map, -1, 'start')).toBeUndefined();
  expect(locate(map, map.text.length + 1, 'end')).toBeUndefined();
}

describe('extractText on random DOM trees', () => {
  it('maps every visible text node to its offset, and back', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        const body = document.createElement('body');
        for (const child of children) body.appendChild(build(child));
        expectConsistent(extractText(body), body);
      }),
      { numRuns: RUNS },
    );
  });

  it('handles a 100 KB text node of hostile characters between blocks', () => {
    const body = document.createElement('body');
    const big = '\uD800Scott Bessent \u0301מכס '.repeat(5_000);
    body.appendChild(document.createElement('p')).appendChild(document.createTextNode('a'));
    body.appendChild(document.createTextNode(big));
    body.appendChild(document.createElement('div')).appendChild(document.createTextNode('b'));
    const map = extractText(body);
    expectConsistent(map, body);
    expect(map.text).toBe(`a\n${big}\nb`);
  });
});
