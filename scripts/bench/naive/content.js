// The naive highlighter: the bench's baseline for the content script's page-thread cost, never
// shipped. One synchronous pass: a TreeWalker over every text node of the body, one RegExp of every
// alias of the bundled pack over the joined text, one Range per match, one `CSS.highlights.set`.
// No background, no messages, no visibility test, no slicing, no card. The bench writes the pack's
// aliases (a JSON array) in place of the placeholder below when it builds the extension.
(() => {
  const aliases = __NAIVE_ALIASES__;
  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');

  const root = document.body || document.documentElement;
  if (!root || typeof Highlight !== 'function') return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  const starts = [];
  const parts = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  const text = parts.join('');

  // Matches come in text order, so one index moves forward through the nodes.
  let at = 0;
  const position = (offset, isEnd) => {
    while (at + 1 < nodes.length && (isEnd ? starts[at + 1] < offset : starts[at + 1] <= offset)) at += 1;
    return [nodes[at], offset - starts[at]];
  };
  const highlight = new Highlight();
  for (const match of text.matchAll(pattern)) {
    const range = document.createRange();
    const [startNode, startOffset] = position(match.index, false);
    range.setStart(startNode, startOffset);
    const [endNode, endOffset] = position(match.index + match[0].length, true);
    range.setEnd(endNode, endOffset);
    highlight.add(range);
  }
  if (highlight.size > 0) CSS.highlights.set('naive-highlighter', highlight);
})();
