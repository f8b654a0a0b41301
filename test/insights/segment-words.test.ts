import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeAnswer } from '../../src/insights/analyze-answer.js';
import { segmentWords, wordPieces, wordSegmenter } from '../../src/insights/segment-words.js';
import { MAX_PIECE } from '../../src/text-pieces.js';
import { makeQuestion } from './question.js';

const SENTENCE =
  '各位面试官好，我有两年电商客服经验，日均接待两百位顾客，满意度从九十二提升到九十八。We follow the SLA and GDPR rules! ';

/** The word-like segments of one pass over the whole text, as the insights once took them. */
function wholePass(text: string) {
  return [...wordSegmenter().segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => ({ word: s.segment, start: s.index, end: s.index + s.segment.length }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('segmenting in pieces', () => {
  it('cuts after punctuation or white space, in pieces of at most MAX_PIECE', () => {
    const text = SENTENCE.repeat(40);
    const pieces = wordPieces(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const { start, end } of pieces) {
      expect(end - start).toBeLessThanOrEqual(MAX_PIECE);
      if (end < text.length) expect(text.charAt(end - 1)).toMatch(/[\p{P}\p{S}\p{Z}\s]/u);
    }
  });

  it('finds the same words as one pass over the whole text', () => {
    const text = SENTENCE.repeat(40);
    expect(segmentWords(text)).toEqual(wholePass(text));
  });

  it('cuts a run with no punctuation or space at MAX_PIECE', () => {
    const run = '客服'.repeat(MAX_PIECE);
    expect(wordPieces(run).map((p) => p.end - p.start)).toEqual([MAX_PIECE, MAX_PIECE]);
  });

  it('never hands the segmenter more than MAX_PIECE characters, however long the answer', () => {
    const segment = vi.spyOn(wordSegmenter(), 'segment');
    const text = SENTENCE.repeat(2_000) + '客服'.repeat(5_000);
    const insights = analyzeAnswer(text, makeQuestion());
    expect(insights.topWords.length).toBeGreaterThan(0);
    expect(segment).toHaveBeenCalled();
    const longest = Math.max(...segment.mock.calls.map(([input]) => String(input).length));
    expect(longest).toBeLessThanOrEqual(MAX_PIECE);
  });
});
