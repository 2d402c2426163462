/**
 * Text extraction bench (`npm run bench -- --only extract`): `extractText` over a happy-dom page of
 * 100,000 text nodes (1,000 paragraphs of inline tags) and one 2 MB text node, beside a bare
 * TreeWalker pass that joins every text node (the baseline, same document, same run). The unit
 * test checks what is extracted; this measures how long it takes.
 */
import { Window } from 'happy-dom';
import { extractText } from '../../src/text/extract';
import { median } from '../sweep/report';
import type { BenchModule, BenchTable } from './types';

const PARAGRAPHS = 1_000;
const WORDS_PER_PARAGRAPH = 50;
const BIG_NODE_CHARS = 2_000_000;
const RUNS = 5;

function buildPage(): Document {
  const window = new Window();
  const doc = window.document as unknown as Document;
  const container = doc.createElement('div');
  for (let p = 0; p < PARAGRAPHS; p++) {
    const paragraph = doc.createElement('p');
    for (let i = 0; i < WORDS_PER_PARAGRAPH; i++) {
      const bold = doc.createElement('b');
      bold.textContent = `w${i}`;
      paragraph.append(bold, doc.createTextNode(' and '));
    }
    container.appendChild(paragraph);
  }
  const big = doc.createElement('p');
  big.textContent = 'x'.repeat(BIG_NODE_CHARS);
  container.appendChild(big);
  doc.body.appendChild(container);
  return doc;
}

function bareWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  return parts.join('').length;
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export const bench: BenchModule = {
  name: 'extract',
  description: 'extractText on 100,000 text nodes + a 2 MB node (happy-dom) against a bare TreeWalker join',
  run(): BenchTable[] {
    const doc = buildPage();
    const ours: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(timed(() => bareWalk(doc)));
      ours.push(timed(() => extractText(doc.body)));
    }
    const oursMs = median(ours);
    const bareMs = median(bare);
    return [
      {
        title: 'Text extraction, 100,001 text nodes (median of 5)',
        columns: ['extractText ms', 'bare walk ms', 'ratio'],
        rows: [[oursMs.toFixed(0), bareMs.toFixed(0), (oursMs / bareMs).toFixed(2)]],
        notes: ['A quadratic walk or string build shows as a ratio far above the bare walk.'],
      },
    ];
  },
};
