import { describe, expect, it } from 'vitest';
import { rateAttempt, ratingOfShare, scoreShare } from '../../src/history/rating.js';
import { sampleAttempt } from '../store/sample-records.js';

describe('ratingOfShare', () => {
  it.each([
    [0, 'again'],
    [0.4, 'again'],
    [0.499, 'again'],
    [0.5, 'hard'],
    [0.6, 'hard'],
    [0.7, 'good'],
    [0.8, 'good'],
    [0.899, 'good'],
    [0.9, 'easy'],
    [1, 'easy'],
  ] as const)('%s → %s', (share, rating) => {
    expect(ratingOfShare(share)).toBe(rating);
  });
});

describe('rateAttempt', () => {
  it.each([
    ['automatic score 2/5', { auto_score: 2, points: 5 }, 'again'],
    ['automatic score 3/5', { auto_score: 3, points: 5 }, 'hard'],
    ['automatic score 4/5', { auto_score: 4, points: 5 }, 'good'],
    ['automatic score 5/5', { auto_score: 5, points: 5 }, 'easy'],
    ['9 of 10', { auto_score: 9, points: 10 }, 'easy'],
    ['the self-rating wins', { auto_score: 1, self_score: 4.5, points: 5 }, 'easy'],
    ['a self-rating of 0 wins', { auto_score: 5, self_score: 0, points: 5 }, 'again'],
    [
      'timed out with nothing typed',
      { auto_score: 0, self_score: 5, points: 5, timed_out: true, text: '  \n' },
      'again',
    ],
    [
      'timed out with an answer',
      { auto_score: 4, points: 5, timed_out: true, text: '您好' },
      'good',
    ],
    [
      'oral, timed out (oral answers have no text)',
      { auto_score: 4, points: 5, timed_out: true, text: '', mode: 'oral' as const },
      'good',
    ],
  ])('%s', (_name, overrides, rating) => {
    expect(rateAttempt(sampleAttempt(overrides))).toBe(rating);
  });

  it('clamps the share to [0, 1]', () => {
    expect(scoreShare(sampleAttempt({ self_score: 7, points: 5 }))).toBe(1);
    expect(scoreShare(sampleAttempt({ auto_score: 3, points: 0 }))).toBe(0);
  });
});
