import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractTextFromHtml } from '../../scripts/lib/extract-html';
import { extractText, locate, type TextMap } from './extract';

function documentWith(bodyHtml: string): Document {
  const window = new Window();
  window.document.body.innerHTML = bodyHtml;
  return window.document as unknown as Document;
}

function extractBody(bodyHtml: string, isHidden?: (el: Element) => boolean): TextMap {
  const doc = documentWith(bodyHtml);
  return extractText(doc.body, isHidden ? { isHidden } : {});
}

describe('extractText', () => {
  it('keeps inline elements continuous', () => {
    expect(extractBody('<p><b>Scott</b> Bessent met Nvi<span>dia</span> staff</p>').text).toBe(
      'Scott Bessent met Nvidia staff',
    );
  });

  it('separates blocks and <br> with one \\n that belongs to no node', () => {
    const map = extractBody(
      '<h1>Title</h1><p>One<br>Two</p><ul><li>a</li><li>b</li></ul><div><div>deep</div></div>tail',
    );
    expect(map.text).toBe('Title\nOne\nTwo\na\nb\ndeep\ntail');
    expect(map.nodes.map((n) => n.data)).toEqual(['Title', 'One', 'Two', 'a', 'b', 'deep', 'tail']);
  });

  it('skips non-text elements, hidden, aria-hidden and contenteditable subtrees', () => {
    const map = extractBody(
      '<p>keep</p><script>var s = "Trump"</script><style>.a{}</style><noscript>ns</noscript>' +
        '<template><p>tpl</p></template><textarea>ta</textarea><select><option>opt</option></select>' +
        '<code>code</code><pre>pre</pre><kbd>kbd</kbd><samp>samp</samp><div hidden>hid</div>' +
        '<div aria-hidden="true">aria</div><div contenteditable="true">edit</div><div contenteditable>edit2</div>' +
        '<div contenteditable="false">shown</div><p aria-hidden="false">also</p>',
    );
    expect(map.text).toBe('keep\nshown\nalso');
  });

  it('applies the attribute rules to each element alone, as written', () => {
    const map = extractBody(
      '<div contenteditable="false" hidden>both</div><div aria-hidden="false">y</div>' +
        '<div aria-hidden="TRUE">z</div><div contenteditable="FALSE">w<b contenteditable="">e</b></div>',
    );
    expect(map.text).toBe('y\nz\nw');
  });

  it('skips SVG and MathML, whose nodeName is lower case in an HTML document', () => {
    expect(extractBody('<p>a</p><svg><text>no</text></svg><math><mi>x</mi></math><p>b</p>').text).toBe(
      'a\nb',
    );
  });

  it('asks isHidden about every element and skips what it rejects', () => {
    const map = extractBody('<p>one</p><p class="x">two <b>bold</b></p><p>three</p>', (el) =>
      el.classList.contains('x'),
    );
    expect(map.text).toBe('one\nthree');
  });

  it('asks hidesText of the parents of non-blank text, once per element on the path, and leaves a hidden region whole', () => {
    const doc = documentWith(
      '<div id="a">one <b id="b">two</b> three<p id="p"> </p>' +
        '<section id="h"><div id="d"><i id="i">gone</i></div> also <b id="c">gone</b></section>four</div>',
    );
    const asked: string[] = [];
    const map = extractText(doc.body, {
      hidesText: (el) => {
        asked.push(el.id);
        return el.closest('#h') !== null;
      },
    });
    // "three" and "four" are in #a, already shown; the blank text in #p asks nothing. #i hides its
    // text: its ancestors not yet known to be shown are asked from the top, #h first, which hides
    // it; #d is not asked and nothing else in #h is visited.
    expect(asked).toEqual(['a', 'b', 'i', 'h']);
    expect(map.text.replace(/\s+/g, ' ')).toBe('one two three four');
  });

  it('returns an empty map for an empty or fully skipped root', () => {
    expect(extractBody('').text).toBe('');
    const doc = documentWith('<script>x</script>');
    expect(extractText(doc.querySelector('script') as Element)).toEqual({ text: '', nodes: [], starts: [] });
  });

  it('extracts a lone text node root', () => {
    const doc = documentWith('<p>solo</p>');
    const text = (doc.querySelector('p') as Element).firstChild as Text;
    expect(extractText(text).text).toBe('solo');
  });

  it('handles 100,000 text nodes and a 2 MB text node', () => {
    // happy-dom's nextSibling is O(siblings) (browsers: O(1)), so spread the nodes over
    // 1,000 paragraphs of 100 text nodes each, as an article page would.
    const doc = documentWith('');
    const container = doc.createElement('div');
    for (let p = 0; p < 1_000; p++) {
      const paragraph = doc.createElement('p');
      for (let i = 0; i < 50; i++) {
        const bold = doc.createElement('b');
        bold.textContent = `w${i}`;
        paragraph.append(bold, doc.createTextNode(' and '));
      }
      container.appendChild(paragraph);
    }
    const big = doc.createElement('p');
    big.textContent = 'x'.repeat(2_000_000);
    container.appendChild(big);
    doc.body.appendChild(container);
    const map = extractText(doc.body);
    expect(map.nodes).toHaveLength(100_001);
    // 1,000 paragraphs of "w0 and … w49 and " (each 50 × " and " plus the numbered words), a
    // separator after each block, then the 2 MB node.
    const paragraph = Array.from({ length: 50 }, (_, i) => `w${i} and `).join('');
    expect(map.text.slice(0, paragraph.length)).toBe(paragraph);
    expect(map.text.endsWith('x'.repeat(2_000_000))).toBe(true);
    expect(map.starts.at(-1)).toBe(map.text.length - 2_000_000);
    // How long this takes is measured by `npm run bench -- --only extract`, not here.
  }); // building 100k nodes in happy-dom alone takes ~5 s on an idle machine
});

describe('extractTextFromHtml', () => {
  it('extracts the body of a whole document without running scripts', () => {
    const map = extractTextFromHtml(
      '<!doctype html><html><head><title>T</title><script>document.body.textContent="pwned"</script></head>' +
        '<body><article><p>Nvidia and <i>TikTok</i></p></article></body></html>',
    );
    expect(map.text).toBe('Nvidia and TikTok');
  });
});

describe('locate', () => {
  const map = extractBody('<p>ab<b>cd</b></p><p>ef</p>');
  // text = "abcd\nef": nodes "ab"@0, "cd"@2, "ef"@5

  it('maps offsets inside nodes', () => {
    expect(locate(map, 1, 'start')).toMatchObject({ offset: 1 });
    expect(locate(map, 3, 'start')?.node.data).toBe('cd');
  });

  it('settles node boundaries by affinity', () => {
    expect(locate(map, 2, 'start')).toMatchObject({ offset: 0 });
    expect(locate(map, 2, 'start')?.node.data).toBe('cd');
    expect(locate(map, 2, 'end')?.node.data).toBe('ab');
    expect(locate(map, 2, 'end')?.offset).toBe(2);
  });

  it('settles the separator: start → next node, end → previous node end', () => {
    expect(locate(map, 4, 'start')?.node.data).toBe('ef');
    expect(locate(map, 4, 'start')?.offset).toBe(0);
    expect(locate(map, 4, 'end')?.node.data).toBe('cd');
    expect(locate(map, 4, 'end')?.offset).toBe(2);
    expect(locate(map, 5, 'end')?.node.data).toBe('cd');
  });

  it('handles the ends and out-of-range offsets', () => {
    expect(locate(map, 0, 'start')?.node.data).toBe('ab');
    expect(locate(map, 7, 'end')).toMatchObject({ offset: 2 });
    expect(locate(map, 7, 'end')?.node.data).toBe('ef');
    expect(locate(map, 8, 'end')).toBeUndefined();
    expect(locate(map, -1, 'start')).toBeUndefined();
    expect(locate({ text: '', nodes: [], starts: [] }, 0, 'start')).toBeUndefined();
  });
});

// Random DOM trees: every node's text sits at its start offset, and locate round-trips.
type Tree = { tag: string; children: (Tree | string)[] } | string;
const TAGS = ['p', 'div', 'span', 'b', 'li', 'br', 'script', 'code', 'em', 'h2'];
const treeArbitrary: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 6 }),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
})).tree;

function build(doc: Document, tree: Tree): Node {
  if (typeof tree === 'string') return doc.createTextNode(tree);
  const el = doc.createElement(tree.tag);
  if (tree.tag !== 'br') for (const child of tree.children) el.appendChild(build(doc, child));
  return el;
}

/** The words of a map's text and its non-blank nodes (hidesText may keep blank ones). */
function words(map: TextMap) {
  return { text: map.text.replace(/\s+/g, ''), nodes: map.nodes.filter((n) => /\S/.test(n.data)) };
}

describe('extractText properties', () => {
  it('hidesText, asked of text parents only, finds the words isHidden finds for whole hidden subtrees', () => {
    const doc = documentWith('');
    fc.assert(
      fc.property(
        fc.array(treeArbitrary, { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (trees, picks) => {
          doc.body.replaceChildren(...trees.map((t) => build(doc, t)));
          const elements = doc.body.querySelectorAll('*');
          for (const pick of picks) elements[pick % Math.max(1, elements.length)]?.classList.add('h');
          const byElement = extractText(doc.body, { isHidden: (el) => el.classList.contains('h') });
          const byText = extractText(doc.body, { hidesText: (el) => el.closest('.h') !== null });
          expect(words(byText)).toEqual(words(byElement));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every node text appears at its start offset and locate round-trips', () => {
    const doc = documentWith('');
    fc.assert(
      fc.property(fc.array(treeArbitrary, { maxLength: 5 }), (trees) => {
        doc.body.replaceChildren(...trees.map((t) => build(doc, t)));
        const map = extractText(doc.body);
        expect(map.nodes).toHaveLength(map.starts.length);
        let previousEnd = 0;
        map.nodes.forEach((node, i) => {
          const start = map.starts[i] as number;
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(map.text.slice(start, start + node.data.length)).toBe(node.data);
          expect(node.parentElement?.closest('script,code')).toBeNull();
          for (let k = 0; k < node.data.length; k++) {
            expect(locate(map, start + k, 'start')).toEqual({ node, offset: k });
          }
          expect(locate(map, start + node.data.length, 'end')).toEqual({ node, offset: node.data.length });
          previousEnd = start + node.data.length;
        });
        expect(previousEnd).toBe(map.text.length);
      }),
      { numRuns: 200 },
    );
  });
});
