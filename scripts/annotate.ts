/**
 * `npm run annotate -- FILE` — print the bundled pack's mentions and compromise's unknown names
 * for a .txt file or an .html/.htm page (text extracted as the content script would) as JSON:
 *   {"mentions":[{entity,start,end,text}],"unknownNames":[{text,kind}]}
 * `npm run annotate -- --explain FILE` prints instead, for every candidate the matcher found, one
 * line saying which rule kept or dropped it (how a pack author debugs a false card):
 *   kept     120-127  "Bessent"  scott-bessent  kept
 *   dropped  301-306  "Trump"    donald-trump   name structure: other-person  …"Eric Trump is"…
 * Offsets index the extracted text. Missing/unreadable file → one line on stderr, exit 2;
 * invalid pack → its problems on stderr, exit 1.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pack } from '../src/knowledge/schema';
import { compileRecognizer, type TraceEvent } from '../src/recognition/index';
import { loadPackFile } from './lib/load-pack-file';

const EXIT_BAD_INPUT = 2;
/** Characters shown on each side of a candidate in --explain. */
const CONTEXT_CHARS = 20;
const EXIT_BAD_PACK = 1;
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** What one run of the script prints and the status it exits with. */
export interface AnnotateRun {
  status: number;
  stdout: string;
  stderr: string;
}

function failed(message: string, status: number): AnnotateRun {
  return { status, stdout: '', stderr: `annotate: ${message}\n` };
}

/** The whole script for the arguments after `--`; the command line below only prints the result. */
export async function annotate(args: readonly string[]): Promise<AnnotateRun> {
  const explain = args.includes('--explain');
  const file = args.find((arg) => arg !== '--explain');
  if (file === undefined || file === '')
    return failed('usage: npm run annotate -- [--explain] FILE (.txt or .html)', EXIT_BAD_INPUT);

  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return failed(`cannot read ${file}: ${reason}`, EXIT_BAD_INPUT);
  }

  let pack: Pack;
  try {
    pack = loadPackFile();
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error), EXIT_BAD_PACK);
  }

  // compromise and happy-dom load slowly: only once the input is known to be good.
  const text = HTML_EXTENSIONS.has(extname(file).toLowerCase())
    ? (await import('./lib/extract-html')).extractTextFromHtml(content).text
    : content;
  if (explain) {
    const events: TraceEvent[] = [];
    compileRecognizer(pack).recognize(text, (event) => events.push(event));
    events.sort((a, b) => a.start - b.start || b.end - a.end);
    const lines = events.map((event) => explanationLine(text, event));
    return { status: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
  }
  return { status: 0, stdout: `${JSON.stringify(await mentionsOf(pack, text))}\n`, stderr: '' };
}

/** One line per candidate: outcome, offsets, text, entity, rule and the words around it. */
function explanationLine(source: string, event: TraceEvent): string {
  const around = source
    .slice(Math.max(0, event.start - CONTEXT_CHARS), event.end + CONTEXT_CHARS)
    .replace(/\s+/g, ' ');
  return [
    (event.kept ? 'kept' : 'dropped').padEnd(8),
    `${event.start}-${event.end}`.padEnd(12),
    JSON.stringify(event.text).padEnd(28),
    (event.entity ?? '-').padEnd(26),
    event.rule,
    `  …${around}…`,
  ].join(' ');
}

async function mentionsOf(pack: Pack, text: string) {
  const mentions = compileRecognizer(pack).recognize(text);
  const { unknownNames } = await import('../src/recognition/unknown-names');
  return { mentions, unknownNames: unknownNames(text, mentions) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const run = await annotate(process.argv.slice(2));
  process.stderr.write(run.stderr);
  // happy-dom may hold timers open; exit once stdout has flushed.
  process.stdout.write(run.stdout, () => process.exit(run.status));
}
