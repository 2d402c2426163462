/**
 * Candidate matches as parallel typed arrays (start, end, pattern, case mask: bit k set when
 * entry k of the pattern allows the text's letter case), reused across calls.
 */
import { type MisspellingPack, MisspeltAliases } from './misspelt-aliases';

export class CandidateBuffer {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  patterns = new Int32Array(1024);
  caseMasks = new Int32Array(1024);
  private readonly misspelt = new MisspeltAliases();

  push(start: number, end: number, pattern: number, caseMask: number): void {
    if (this.count === this.starts.length) this.grow();
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.patterns[k] = pattern;
    this.caseMasks[k] = caseMask;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.patterns = grown(this.patterns);
    this.caseMasks = grown(this.caseMasks);
  }

  /**
   * Ends a scan: adds the candidates of organization names and persons' full names written with
   * one word misspelt beside the name written right ("Silver Lage" on a page that writes "Silver
   * Lake", "Scott Bessant" near "Scott Bessent": misspelt-aliases.ts), then orders them
   * (sortByStartThenLongest).
   */
  finishScan(
    text: string,
    entriesOf: MisspellingPack['entriesOf'],
    kinds: MisspellingPack['kinds'],
    surnamesOf: MisspellingPack['surnamesOf'],
  ): void {
    this.misspelt.addTo(this, text, { entriesOf, kinds, surnamesOf });
    this.sortByStartThenLongest();
  }

  /**
   * Orders candidates by start, longest first at each start. The word trie already emits them
   * by start (shortest first), so usually only runs sharing a start are reversed.
   */
  sortByStartThenLongest(): void {
    const { count, starts, ends } = this;
    let byStart = true;
    for (let k = 1; k < count && byStart; k++) byStart = (starts[k - 1] as number) <= (starts[k] as number);
    if (!byStart) {
      this.sortFully();
      return;
    }
    // Insertion sort by decreasing end within each run of equal starts (runs are tiny).
    for (let k = 1; k < count; k++) {
      let m = k;
      while (m > 0 && starts[m - 1] === starts[m] && (ends[m - 1] as number) < (ends[m] as number)) {
        this.swap(m - 1, m);
        m--;
      }
    }
  }

  private sortFully(): void {
    const { count, starts, ends } = this;
    const order = Array.from({ length: count }, (_, k) => k);
    order.sort(
      (a, b) => (starts[a] as number) - (starts[b] as number) || (ends[b] as number) - (ends[a] as number),
    );
    const permute = (from: Int32Array) => {
      const copy = from.slice(0, count);
      for (let k = 0; k < count; k++) from[k] = copy[order[k] as number] as number;
    };
    permute(this.starts);
    permute(this.ends);
    permute(this.patterns);
    permute(this.caseMasks);
  }

  private swap(a: number, b: number): void {
    for (const array of [this.starts, this.ends, this.patterns, this.caseMasks]) {
      const t = array[a] as number;
      array[a] = array[b] as number;
      array[b] = t;
    }
  }
}
