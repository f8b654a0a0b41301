import { isHanChar } from '../scoring/normalize.js';
import { cutPieces, MAX_PIECE, type Piece } from '../text-pieces.js';

let segmenter: Intl.Segmenter | undefined;

/** One segmenter for the process: creating one costs far more than using it. */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** A word-like segment and where it sits in the text. */
export interface WordPart {
  word: string;
  start: number;
  end: number;
}

/** Words the segmenter's dictionary splits but an answer should count whole (共情, 订单号). */
export interface Glossary {
  words: ReadonlySet<string>;
  /** The first segment of each glossary word: a join is only tried from one of these. */
  starts: ReadonlySet<string>;
  /** The most segments one glossary word spans; bounds the join search. */
  maxParts: number;
}

/** Keeps the words the segmenter would split, with how many pieces it makes. */
export function buildGlossary(words: Iterable<string>): Glossary {
  const kept = new Set<string>();
  const starts = new Set<string>();
  let maxParts = 1;
  for (const word of words) {
    const parts: string[] = [];
    forEachSegment(word, (segment) => parts.push(segment));
    if (parts.length < 2 || !parts[0]) continue;
    kept.add(word);
    starts.add(parts[0]);
    maxParts = Math.max(maxParts, parts.length);
  }
  return { words: kept, starts, maxParts };
}

const CLAUSE_END = /[\p{P}\p{S}\p{Z}\s]/u;

/** A cut right after punctuation or white space: a word boundary in any text. */
function afterClauseEnd(text: string, at: number): boolean {
  return CLAUSE_END.test(text.charAt(at - 1));
}

/**
 * The pieces a text is segmented in: clauses (and runs of clauses) of at
 * most `MAX_PIECE` code units, cut after punctuation or white space, where
 * the segmenter puts a boundary anyway, so the words are the same as from
 * one pass over the whole text. Only a run of `MAX_PIECE` without either
 * is cut inside; a word across that cut counts as two.
 */
export function wordPieces(text: string, max: number = MAX_PIECE): Piece[] {
  return cutPieces(text, afterClauseEnd, max);
}

/** Visits every segment of a text, piece by piece (see `wordPieces`), with offsets into the whole. */
function forEachSegment(
  text: string,
  visit: (segment: string, index: number, isWordLike: boolean) => void,
): void {
  const segmenter = wordSegmenter();
  for (const { start, end } of wordPieces(text)) {
    for (const s of segmenter.segment(text.slice(start, end))) {
      visit(s.segment, start + s.index, s.isWordLike === true);
    }
  }
}

/** The word-like segments of a text. */
export function segmentWords(text: string): WordPart[] {
  const parts: WordPart[] = [];
  forEachSegment(text, (word, start, isWordLike) => {
    if (isWordLike) parts.push({ word, start, end: start + word.length });
  });
  return parts;
}

function joined(parts: WordPart[], from: number, count: number): WordPart | undefined {
  let word = '';
  for (let k = from; k < from + count; k++) {
    const part = parts[k];
    if (!part || (k > from && part.start !== parts[k - 1]?.end)) return undefined;
    word += part.word;
  }
  const first = parts[from];
  const last = parts[from + count - 1];
  return first && last ? { word, start: first.start, end: last.end } : undefined;
}

/** Joins adjacent segments that spell a glossary word (共|情 → 共情), longest first. */
export function joinGlossaryWords(parts: WordPart[], glossary: Glossary): WordPart[] {
  const out: WordPart[] = [];
  for (let i = 0; i < parts.length; ) {
    let taken = 1;
    let part = parts[i];
    const tryJoin = part !== undefined && glossary.starts.has(part.word);
    for (let n = tryJoin ? Math.min(glossary.maxParts, parts.length - i) : 0; n >= 2; n--) {
      const candidate = joined(parts, i, n);
      if (candidate && glossary.words.has(candidate.word)) {
        part = candidate;
        taken = n;
        break;
      }
    }
    if (part) out.push(part);
    i += taken;
  }
  return out;
}

/**
 * Joins exactly two adjacent lone characters that are not function words
 * (客|服 → 客服, 主|播 → 主播, 售|后 → 售后): the dictionary lacks many
 * two-character service words, and a pair of lone content characters is
 * almost always one of them. Longer runs are ambiguous and left alone.
 */
export function joinCharPairs(parts: WordPart[], breakers: ReadonlySet<string>): WordPart[] {
  const loose = parts.map((p) => isHanChar(p.word) && !breakers.has(p.word));
  const out: WordPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    const pair = loose[i] && loose[i + 1] ? joined(parts, i, 2) : undefined;
    const runIsTwo =
      pair &&
      !(loose[i - 1] && parts[i - 1]?.end === part.start) &&
      !(loose[i + 2] && parts[i + 2]?.start === pair.end);
    if (pair && runIsTwo) {
      out.push(pair);
      i++;
    } else {
      out.push(part);
    }
  }
  return out;
}
