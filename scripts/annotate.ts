/**
 * `npm run annotate -- FILE` — print the bundled pack's mentions and compromise's unknown names
 * for a .txt file or an .html/.htm page (text extracted as the content script would) as JSON:
 *   {"mentions":[{entity,start,end,text}],"unknownNames":[{text,kind}]}
 * Offsets index the extracted text. Missing/unreadable file → one line on stderr, exit 2;
 * invalid pack → its problems on stderr, exit 1.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Pack } from '../src/knowledge/schema';
import { compileRecognizer } from '../src/recognition/index';
import { loadPackFile } from './lib/load-pack-file';

const EXIT_BAD_INPUT = 2;
const EXIT_BAD_PACK = 1;
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

function fail(message: string, code: number): never {
  process.stderr.write(`annotate: ${message}\n`);
  process.exit(code);
}

const file = process.argv[2];
if (file === undefined || file === '')
  fail('usage: npm run annotate -- FILE (.txt or .html)', EXIT_BAD_INPUT);

let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  fail(`cannot read ${file}: ${reason}`, EXIT_BAD_INPUT);
}

let pack: Pack;
try {
  pack = loadPackFile();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), EXIT_BAD_PACK);
}

// compromise and happy-dom load slowly: only once the input is known to be good.
const text = HTML_EXTENSIONS.has(extname(file).toLowerCase())
  ? (await import('./lib/extract-html')).extractTextFromHtml(content).text
  : content;
const mentions = compileRecognizer(pack).recognize(text);
const { unknownNames } = await import('../src/recognition/unknown-names');
const result = { mentions, unknownNames: unknownNames(text, mentions) };
// happy-dom may hold timers open; exit once stdout has flushed.
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
