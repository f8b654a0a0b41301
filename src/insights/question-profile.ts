import type { Question } from '../bank/types.js';
import { normalizeForMatch } from '../scoring/normalize.js';
import { compactForPhrases, PHRASE_WORDS, phraseGroupsIn } from './find-phrases.js';
import { buildGlossary, type Glossary } from './segment-words.js';

/** One keyword, ready to look for: Chinese as a substring, Latin as a whole word. */
export interface PreparedKeyword {
  key: string;
  /** Set for Latin keywords (GDPR, SLA), which must match whole words. */
  word?: RegExp;
}

export interface PreparedPoint {
  name: string;
  keywords: PreparedKeyword[];
}

/** What the insights need from a question, computed once per question object. */
export interface QuestionProfile {
  points: PreparedPoint[];
  /** Phrase groups the reference answer uses. */
  referenceGroups: string[];
  glossary: Glossary;
}

/** Domain words the segmenter splits (see NOTES-terminal: 共情 → 共|情). */
const DOMAIN_WORDS = [
  '共情',
  '换货',
  '退货',
  '订单号',
  '无理由',
  '物流单号',
  '客诉',
  '直播间',
  '满意度',
  '详情页',
];

const LATIN = /^[a-z0-9]+$/;
const profiles = new WeakMap<Question, QuestionProfile>();

function prepareKeyword(keyword: string): PreparedKeyword | undefined {
  const key = normalizeForMatch(keyword);
  if (!key) return undefined;
  return LATIN.test(key)
    ? { key, word: new RegExp(`(?<![a-z0-9])${key}(?![a-z0-9])`, 'g') }
    : { key };
}

/** The question's prepared key points, reference phrases and glossary (cached per object). */
export function questionProfile(question: Question): QuestionProfile {
  const cached = profiles.get(question);
  if (cached) return cached;
  const points = question.key_points.map((kp) => ({
    name: kp.point,
    keywords: kp.keywords.flatMap((k) => prepareKeyword(k) ?? []),
  }));
  const glossaryWords = [
    ...DOMAIN_WORDS,
    ...PHRASE_WORDS,
    ...points.flatMap((p) => p.keywords.filter((k) => !k.word).map((k) => k.key)),
  ];
  const profile: QuestionProfile = {
    points,
    referenceGroups: phraseGroupsIn(compactForPhrases(question.answer.normalize('NFKC'))),
    glossary: buildGlossary(glossaryWords),
  };
  profiles.set(question, profile);
  return profile;
}
