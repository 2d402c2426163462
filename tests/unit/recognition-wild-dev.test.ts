/**
 * Precision/recall of recognition with the BUNDLED pack over real published text
 * (tests/fixtures/recognition/wild-dev.json): ordinary web pages full of namesakes and traps,
 * and story coverage with surface variants. Labeling rules: docs/recognition.md.
 * The "holdout" passages were never used to tune a mechanism; they are scored and reported
 * separately to show whether the tuning overfits. The "holdout2" passages were collected on new
 * sites for the failure kinds of an independent blind evaluation, before the mechanisms for those
 * kinds were written; they too are reported on their own and their misses are not printed.
 * The "holdout3" passages (namesakes' bare surnames, acronym clashes, other bodies' commerce
 * departments and treasuries, on sites new to the set) were collected and scored before the
 * mechanisms for those kinds were written and were never used to tune them; their misses are
 * not printed either.
 * The "tune5" and "holdout5" passages (together "holdout-5": ordinary news full of namesakes and
 * look-alike words, plus story coverage, on pages new to the set) were collected and scored
 * before any change; a hash of the id put about two fifths of them in "holdout5", whose misses are
 * never printed, so that part stays blind while the "tune5" misses guide the general rules.
 * The "tune6" and "holdout6" passages (together "holdout-6": namesakes, relatives, look-alike names
 * and words on ordinary pages from sites new to the set, plus story coverage with surface variants)
 * were collected and scored before any change made after them; a hash of the id put 30 of the 66
 * in "holdout6", whose misses are never printed, while the "tune6" misses guide the general rules.
 * The "tune7" and "holdout7" passages (together "holdout-7": 59 passages from 59 sites new to the
 * set) were collected, labelled and scored before any change made after them; sha256(id) mod 3 = 0
 * put 21 of them in "holdout7", whose misses are never printed (docs/recognition.md).
 * The "tune8" and "holdout8" passages (together "holdout-8": 54 passages from 54 sites new to the
 * set, three quarters ordinary web text) were collected, labelled and scored in the same way before
 * any change made after them; "holdout8" misses are never printed.
 * The "tune9" and "holdout9" passages (together "holdout-9": 50 passages from 50 sites new to the
 * set, 36 ordinary pages with traps of kinds the earlier splits held little of) were collected,
 * labelled and scored the same way before any change made after them; "holdout9" misses are never
 * printed.
 * The "tune10" and "holdout10" passages (together "holdout-10": 50 passages from 50 sites new to
 * the set, 34 ordinary pages with Title Case and capitalized common words, namesakes and
 * other governments' trade bodies) were collected, labelled and scored the same way;
 * "holdout10" misses are never printed.
 * The "tune11" and "holdout11" passages (together "holdout-11": 50 passages from 50 sites new to
 * the set, 32 story passages written as outlets write them and 18 ordinary pages with traps the
 * earlier splits held little of) were collected, labelled and scored the same way; "holdout11"
 * misses are never printed.
 * The "tune12" and "holdout12" passages (together "holdout-12": 50 passages from 50 sites new to
 * the set, 33 ordinary pages with namesakes, names inside longer names, other governments' bodies
 * and common-word uses, 17 story passages with surface variants) were collected, labelled and
 * scored the same way; "holdout12" misses are never printed.
 * The "tune13" and "holdout13" passages (together "holdout-13": 50 passages from 50 sites new to
 * the set, 32 ordinary pages with titled namesakes, bare surnames far from their full names,
 * Chinese namesakes and other countries' or states' commerce bodies, 18 story passages with
 * misspellings and surface variants) were collected, labelled and scored the same way;
 * "holdout13" misses are never printed.
 * The "tune14" and "holdout14" passages (together "holdout-14": 50 passages from 50 sites new to
 * the set, 35 ordinary pages with namesakes in sport and culture, other senses of pack words,
 * other countries' treasuries and Commerce in product and bank names, 15 story passages with
 * surface variants) were collected, labelled and scored the same way; "holdout14" misses are
 * never printed.
 * The "tune15" and "holdout15" passages (together "holdout-15": 50 passages from 50 sites new to
 * the set, 34 ordinary pages with business and finance namesakes, other governments' treasuries
 * and commerce bodies, Chinese-surname namesakes, "XI" and "Xi" in other senses and namesakes in
 * obituaries, 16 story passages with surface variants) were collected, labelled and scored the
 * same way; "holdout15" misses are never printed.
 * The "tune16" and "holdout16" passages (together "holdout-16": 50 passages from 50 sites new to
 * the set, 34 ordinary pages with all-caps datelines, titles and transcript labels, filings, legal
 * namesakes, Chinese co-author surnames, travel and food pages, tech documentation and how-to
 * pages, 16 story passages with reporters' and transcripts' misspellings and all-caps speaker
 * labels) were collected, labelled and scored the same way; "holdout16" misses are never printed.
 * The "tune17" and "holdout17" passages (together "holdout-17": 98 passages from 98 sites new to
 * the set, 65 ordinary pages with namesakes sharing a pack surname or given name, names inside
 * longer names, other governments' treasuries and commerce bodies and true mentions on ordinary
 * pages, 33 story passages with surface variants) were collected and labelled before the
 * recognizer ran on them and split by site (sha256(site) mod 2 = 0 is "holdout17"); "holdout17"
 * misses are never printed.
 * The "tune18" and "holdout18" passages (together "holdout-18": 93 passages from 93 sites new to
 * the set, 59 ordinary pages with namesakes in sport, music, film and letters, names inside longer
 * names, other senses of pack words and other governments' treasuries and commerce bodies, 34
 * story passages with surface variants) were collected and labelled before the recognizer ran on
 * them and split by site the same way (sha256(site) mod 2 = 0 is "holdout18"); "holdout18" misses
 * are never printed.
 * The "tune19" and "holdout19" passages (together "holdout-19": 88 passages from 88 sites new to
 * the set, 57 ordinary pages with bond-market and business pages, other countries' trade and
 * treasury bodies, local namesakes of the pack's people, sport, culture, obituaries, genealogy and
 * product pages, 31 story passages with surface variants) were collected and labelled before the
 * recognizer ran on them and split by site the same way (sha256(site) mod 2 = 0 is "holdout19");
 * "holdout19" misses are never printed.
 * The "tune20" and "holdout20" passages (together "holdout-20": 84 passages from 84 sites new to
 * the set, 57 ordinary pages with namesakes of the pack's people, other governments' treasuries
 * and commerce bodies, pack words in other senses and the pack's capitals and venues on pages about
 * other meetings, 27 story passages with surface variants) were collected and labelled before the
 * recognizer ran on them and split by site the same way (sha256(site) mod 2 = 0 is "holdout20");
 * "holdout20" misses are never printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { describeScore, type LabeledPassage, scorePassages } from './recognition-scoring';

type WildPassage = LabeledPassage & {
  kind: 'ordinary' | 'story';
  split:
    | 'tune'
    | 'holdout'
    | 'holdout2'
    | 'holdout3'
    | 'tune5'
    | 'holdout5'
    | 'tune6'
    | 'holdout6'
    | 'tune7'
    | 'holdout7'
    | 'tune8'
    | 'holdout8'
    | 'tune9'
    | 'holdout9'
    | 'tune10'
    | 'holdout10'
    | 'tune11'
    | 'holdout11'
    | 'tune12'
    | 'holdout12'
    | 'tune13'
    | 'holdout13'
    | 'tune14'
    | 'holdout14'
    | 'tune15'
    | 'holdout15'
    | 'tune16'
    | 'holdout16'
    | 'tune17'
    | 'holdout17'
    | 'tune18'
    | 'holdout18'
    | 'tune19'
    | 'holdout19'
    | 'tune20'
    | 'holdout20';
  site: string;
  url: string;
};

/** The recognizer's targets on real text (the tune and holdout splits; docs/recognition.md). */
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;
/**
 * Floors on holdout2, the blind evaluation's failure kinds on new sites, below the target: it
 * measured P 0.833 / R 0.934 before its mechanisms; these floors keep what has been won
 * (docs/recognition.md).
 */
const HOLDOUT2_MIN_PRECISION = 0.9;
const HOLDOUT2_MIN_RECALL = 0.93;
/**
 * Floors on holdout-7 (tune7 + holdout7), below the target: its blind first run measured
 * P 0.927 / R 0.950; these keep what the rules written after it won (docs/recognition.md).
 */
const HOLDOUT7_MIN_PRECISION = 0.98;
const HOLDOUT7_MIN_RECALL = 0.95;
const MIN_PASSAGES = 80;
const MIN_SITES = 40;
const MAX_EXCERPT = 620;

const wild: WildPassage[] = JSON.parse(
  readFileSync(new URL('../fixtures/recognition/wild-dev.json', import.meta.url), 'utf8'),
);

describe('wild dev set with the bundled pack', () => {
  const recognizer = compileRecognizer(loadPackFile());
  const recognize = (text: string) => recognizer.recognize(text);

  it(`holds at least ${MIN_PASSAGES} short passages from at least ${MIN_SITES} sites, each with its source`, () => {
    expect(wild.length).toBeGreaterThanOrEqual(MIN_PASSAGES);
    expect(new Set(wild.map((p) => p.site)).size).toBeGreaterThanOrEqual(MIN_SITES);
    expect(new Set(wild.map((p) => p.id)).size).toBe(wild.length);
    for (const passage of wild) {
      expect(passage.url).toMatch(/^https?:\/\//);
      expect(passage.text.length).toBeLessThanOrEqual(MAX_EXCERPT);
      for (const label of passage.expected) expect(passage.text).toContain(label.text);
    }
    const kinds = new Set(wild.map((p) => `${p.kind}/${p.split}`));
    for (const kind of [
      'ordinary/tune',
      'ordinary/holdout',
      'ordinary/holdout2',
      'story/tune',
      'story/holdout',
      'story/holdout2',
      'ordinary/holdout3',
      'story/holdout3',
      'ordinary/tune5',
      'story/tune5',
      'ordinary/holdout5',
      'story/holdout5',
      'ordinary/tune6',
      'story/tune6',
      'ordinary/holdout6',
      'story/holdout6',
      'ordinary/tune7',
      'story/tune7',
      'ordinary/holdout7',
      'story/holdout7',
      'ordinary/tune8',
      'story/tune8',
      'ordinary/holdout8',
      'story/holdout8',
      'ordinary/tune9',
      'story/tune9',
      'ordinary/holdout9',
      'story/holdout9',
      'ordinary/tune10',
      'story/tune10',
      'ordinary/holdout10',
      'story/holdout10',
      'ordinary/tune11',
      'story/tune11',
      'ordinary/holdout11',
      'story/holdout11',
      'ordinary/tune12',
      'story/tune12',
      'ordinary/holdout12',
      'story/holdout12',
      'ordinary/tune13',
      'story/tune13',
      'ordinary/holdout13',
      'story/holdout13',
      'ordinary/tune14',
      'story/tune14',
      'ordinary/holdout14',
      'story/holdout14',
      'ordinary/tune15',
      'story/tune15',
      'ordinary/holdout15',
      'story/holdout15',
      'ordinary/tune16',
      'story/tune16',
      'ordinary/holdout16',
      'story/holdout16',
      'ordinary/tune17',
      'story/tune17',
      'ordinary/holdout17',
      'story/holdout17',
      'ordinary/tune18',
      'story/tune18',
      'ordinary/holdout18',
      'story/holdout18',
      'ordinary/tune19',
      'story/tune19',
      'ordinary/holdout19',
      'story/holdout19',
      'ordinary/tune20',
      'story/tune20',
      'ordinary/holdout20',
      'story/holdout20',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it(`reaches precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL} on tune and holdout, and keeps holdout2 and holdout-7 above their floors`, () => {
    const tune = scorePassages(
      wild.filter((p) => p.split === 'tune'),
      recognize,
    );
    const holdout = scorePassages(
      wild.filter((p) => p.split === 'holdout'),
      recognize,
    );
    const holdout2 = scorePassages(
      wild.filter((p) => p.split === 'holdout2'),
      recognize,
    );
    const holdout3 = scorePassages(
      wild.filter((p) => p.split === 'holdout3'),
      recognize,
    );
    const all = scorePassages(wild, recognize);
    for (const kind of ['ordinary', 'story'] as const) {
      const part = scorePassages(
        wild.filter((p) => p.kind === kind),
        recognize,
      );
      console.log(describeScore(`wild ${kind}`, { ...part, misses: [] }));
    }
    console.log(describeScore('wild tune', tune));
    // Held-out misses are not printed: they must not guide tuning.
    console.log(describeScore('wild holdout', { ...holdout, misses: [] }));
    console.log(describeScore('wild holdout2', { ...holdout2, misses: [] }));
    console.log(describeScore('wild holdout3', { ...holdout3, misses: [] }));
    for (const kind of ['ordinary', 'story'] as const) {
      const part = scorePassages(
        wild.filter((p) => p.split === 'holdout3' && p.kind === kind),
        recognize,
      );
      console.log(describeScore(`wild holdout3 ${kind}`, { ...part, misses: [] }));
    }
    // The later collections are split by passage id into a tune part (misses printed) and a
    // held-out part (misses never printed), each also scored whole and by kind of page.
    const inCollection =
      (n: 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20) => (p: WildPassage) =>
        p.split === `tune${n}` || p.split === `holdout${n}`;
    for (const n of [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] as const) {
      const inIt = inCollection(n);
      console.log(
        describeScore(
          `wild tune${n}`,
          scorePassages(
            wild.filter((p) => p.split === `tune${n}`),
            recognize,
          ),
        ),
      );
      const held = scorePassages(
        wild.filter((p) => p.split === `holdout${n}`),
        recognize,
      );
      console.log(describeScore(`wild holdout${n}`, { ...held, misses: [] }));
      for (const kind of ['ordinary', 'story'] as const) {
        const part = scorePassages(
          wild.filter((p) => inIt(p) && p.kind === kind),
          recognize,
        );
        console.log(describeScore(`wild holdout-${n} ${kind}`, { ...part, misses: [] }));
      }
      const whole = scorePassages(wild.filter(inIt), recognize);
      console.log(describeScore(`wild holdout-${n} (tune${n}+holdout${n})`, { ...whole, misses: [] }));
    }
    const holdout7 = scorePassages(wild.filter(inCollection(7)), recognize);
    expect(holdout7.precision).toBeGreaterThanOrEqual(HOLDOUT7_MIN_PRECISION);
    expect(holdout7.recall).toBeGreaterThanOrEqual(HOLDOUT7_MIN_RECALL);
    const firstFour = scorePassages(
      wild.filter(
        (p) =>
          !([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20] as const).some((n) => inCollection(n)(p)),
      ),
      recognize,
    );
    console.log(describeScore('wild first four splits', { ...firstFour, misses: [] }));
    console.log(describeScore('wild all', { ...all, misses: [] }));
    const target = scorePassages(
      wild.filter((p) => p.split === 'tune' || p.split === 'holdout'),
      recognize,
    );
    console.log(describeScore('wild tune+holdout', { ...target, misses: [] }));
    expect(target.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(target.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(holdout2.precision).toBeGreaterThanOrEqual(HOLDOUT2_MIN_PRECISION);
    expect(holdout2.recall).toBeGreaterThanOrEqual(HOLDOUT2_MIN_RECALL);
  });
});
