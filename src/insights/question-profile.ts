import type { Question } from '../bank/types.js';
import { normalizeForMatch } from '../scoring/normalize.js';
import { compactForPhrases, PHRASE_WORDS, phraseGroupsIn, quotedSpeech } from './find-phrases.js';
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
  /** Phrase groups the reference answer uses in what it says to the customer. */
  referenceGroups: string[];
  /** Whether the analysis asks for the points in an order (先…再…, first … then …). */
  ordered: boolean;
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

/**
 * An analysis that asks for an order says so: 先…再/然后/最后, 第一步, 顺序;
 * first … then, step, in order. "本题看的是处理问题有没有章法" alone does not.
 */
const ORDER_WORDS =
  /先[^。]{0,200}(?:再|然后|最后|之后|接着)|第一步|先后|顺序|步骤|(?<!customers? |customer-)\bfirst\b[^\n]{0,500}\b(?:then|finally|afterwards|before)\b|\bsteps?\b|\bin order\b|\bclear order\b|\bsequence\b/i;

function definesOrder(analysis: string): boolean {
  return ORDER_WORDS.test(analysis);
}

/** Bank terms that are no words to look for: `!rules out`, `{n}` patterns, `~fits-time`. */
function isPlainTerm(keyword: string): boolean {
  return !keyword.startsWith('!') && !keyword.startsWith('~') && !keyword.includes('{n}');
}

function prepareKeyword(keyword: string): PreparedKeyword | undefined {
  if (!isPlainTerm(keyword)) return undefined;
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
    referenceGroups: phraseGroupsIn(
      compactForPhrases(quotedSpeech(question.answer.normalize('NFKC'))),
    ),
    ordered: definesOrder(question.analysis),
    glossary: buildGlossary(glossaryWords),
  };
  profiles.set(question, profile);
  return profile;
}
