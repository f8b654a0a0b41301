/**
 * The scorer's judgement of a question's own reference answer, made once for
 * each distinct question. Apart from warnings.ts because it is the costly part
 * of `validate` and holds its own machinery (keys for questions that are the
 * same but for their ids); the checks only read its verdicts.
 */

import type { KeyPoint, Question } from '../bank/types.js';
import { prepareText } from '../scoring/answer-text.js';
import { judgeCoverage } from '../scoring/coverage.js';
import { prepareQuestion } from '../scoring/prepare-question.js';
import type { MissReason } from '../scoring/types.js';

/** What the scorer makes of a question's own reference answer. */
export interface Judgement {
  /** The answer's length in 字 (a Latin word counts as one). */
  units: number;
  /** Why each key point is not scored, by index; undefined where it is. */
  reasons: (MissReason | undefined)[];
}

export type Judge = (q: Question) => Judgement;

/**
 * The scorer's judgement of each question's reference answer, made once for
 * each distinct question: a bank that repeats a question under other ids
 * (a copied section, the bench's 16 copies) is judged ~2 ms a question
 * otherwise, most of `validate`. Questions are the same when their prompt,
 * answer and key points are (`sameExceptIds`): the scorer's coverage reads
 * nothing else of a question (the prompt for copied words, no id, no red
 * flag, no time limit). Keyed by those three alone, not by the whole
 * question: its follow-ups, translations and red flags were walked for each
 * check, a translation's check a new object each time (~0.2 s of the
 * bench's copy).
 */
export function judgeOnce(key: (value: unknown) => string = sameExceptIds()): Judge {
  const judged = new Map<string, Judgement>();
  const pointsKey = keyPointsKey(key);
  return (q) => {
    const k = `${key(q.prompt)}${key(q.answer)}${pointsKey(q.key_points)}`;
    let judgement = judged.get(k);
    if (judgement === undefined) {
      const answer = prepareText(q.answer);
      // Without its red flags: coverage reads none, and preparing their signs (the bank's in
      // force on every question, a question's own new at each copy) was a tenth of a judgement.
      const { red_flags: _, ...scored } = q;
      const coverage = judgeCoverage(prepareQuestion(scored), answer);
      const reasons = q.key_points.map((_, i) => coverage.keyPoints[i]?.reason);
      judgement = { units: answer.units, reasons };
      judged.set(k, judgement);
    }
    return judgement;
  };
}

/**
 * A key for a list of key points from the keys of what the scorer reads of
 * each (its point, keywords and `avoid`), `key` giving `$n` for a string
 * and `#n` for an object, so that no two lists run into each other. Made
 * field by field rather than by `key` of the list: each question's points
 * are new objects (the keyword lists are shared once expanded), and
 * numbering each point's content cost twice as much as the rest of the key.
 */
export function keyPointsKey(
  key: (value: unknown) => string,
): (keyPoints: readonly KeyPoint[]) => string {
  return (keyPoints) => {
    let k = '';
    for (const kp of keyPoints) {
      k += `${key(kp.point)}${key(kp.keywords)}${kp.avoid === undefined ? '-' : key(kp.avoid)}`;
    }
    return k;
  };
}

/**
 * Keys for values that are the same for two values exactly when they hold
 * the same values under the same keys, at any depth, leaving out every
 * field named `id` (a question's, its follow-ups', its red flags'). Each
 * object's content is numbered once (`#12`) and named by its number inside
 * the objects that hold it: the bank file's red flags, in force on every
 * question, are spelled out once, not once a question. The values must not
 * change while the keys are in use.
 */
export function sameExceptIds(): (value: unknown) => string {
  const numbered = new Map<string, string>();
  const strings = new Map<string, string>();
  const byObject = new WeakMap<object, string>();
  const key = (value: unknown): string => {
    if (typeof value === 'string') {
      // Numbered too: a string's hash is kept with it, so the answer met again costs a lookup.
      let known = strings.get(value);
      if (known === undefined) {
        known = `$${strings.size}`;
        strings.set(value, known);
      }
      return known;
    }
    if (typeof value !== 'object' || value === null) return String(value);
    let known = byObject.get(value);
    if (known !== undefined) return known;
    let content: string;
    if (Array.isArray(value)) content = `[${value.map(key).join(',')}]`;
    else {
      content = '{';
      for (const [name, v] of Object.entries(value)) {
        if (name !== 'id' && v !== undefined) content += `${key(name)}:${key(v)},`;
      }
    }
    known = numbered.get(content);
    if (known === undefined) {
      known = `#${numbered.size}`;
      numbered.set(content, known);
    }
    byObject.set(value, known);
    return known;
  };
  return key;
}
