import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createNodeReader } from './node-walk';
import type { TextMap } from './text-collector';
import type { ExtractOptions, TextReader } from './text-rules';
import { createTextWalk } from './text-walk';

type Tree = { tag: string; attr: number; children: (Tree | string)[] } | string;
const TAGS = ['p', 'div', 'span', 'b', 'li', 'br', 'img', 'script', 'code', 'em', 'h2', 'a', 'i', 'svg'];
const ATTRS: [string, string][] = [
  ['class', 'x'],
  ['class', 'h'],
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['contenteditable', ''],
  ['contenteditable', 'false'],
];
const treeArbitrary: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('', ' ', '\n  ', 'ab', 'c d', '<!>'),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attr: fc.nat({ max: ATTRS.length * 3 }),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
})).tree;

function build(doc: Document, tree: Tree): Node {
  if (tree === '<!>') return doc.createComment('c');
  if (typeof tree === 'string') return doc.createTextNode(tree);
  const el = doc.createElement(tree.tag);
  const attr = ATTRS[tree.attr];
  if (attr) el.setAttribute(attr[0], attr[1]);
  for (const child of tree.children) el.appendChild(build(doc, child));
  return el;
}

function read(reader: TextReader, budget: number): TextMap {
  while (reader.read(budget));
  return reader.result();
}

describe('createTextWalk', () => {
  it('reads the same text and nodes as the walk that visits every node', () => {
    const doc = new Window().document as unknown as Document;
    fc.assert(
      fc.property(
        fc.array(treeArbitrary, { maxLength: 5 }),
        fc.constantFrom<'none' | 'isHidden' | 'hidesText' | 'mayHideText'>(
          'none',
          'isHidden',
          'hidesText',
          'mayHideText',
        ),
        fc.integer({ min: 1, max: 5 }),
        (trees, rule, budget) => {
          doc.body.replaceChildren(...trees.map((t) => build(doc, t)));
          const options: ExtractOptions =
            rule === 'isHidden'
              ? { isHidden: (el) => el.classList?.contains('h') === true }
              : rule === 'hidesText'
                ? { hidesText: (el) => el.closest('.h') !== null }
                : rule === 'mayHideText'
                  ? // A cheap test passing more than hidesText does (class "x" may hide, but does not).
                    {
                      hidesText: (el) => el.closest('.h') !== null,
                      mayHideText: (el) => el.closest('.h,.x') !== null,
                    }
                  : {};
          const before = read(createNodeReader(doc.body, options), budget);
          const after = read(createTextWalk(doc.body, options), budget);
          expect(after.text).toBe(before.text);
          expect(after.starts).toEqual(before.starts);
          expect(after.nodes.length).toBe(before.nodes.length);
          for (const [i, node] of after.nodes.entries()) expect(node === before.nodes[i]).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
