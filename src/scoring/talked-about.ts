/**
 * What an answer names as a topic, not as the speaker's act: someone else's
 * question (客户问能不能加微信, the buyer asked whether…) and what a rule is
 * about or punishes. Marked for red flags by `conditionMask` (not-asserted.ts).
 */
import type { AnswerText } from './answer-text.js';

/** Someone else's question, or a rule named as a topic: what follows, to the clause's end, is talked about. */
const EN_TOPIC_PAIRS = new Set([
  'asked whether',
  'asked if',
  'asks whether',
  'asks if',
  'asking whether',
  'asking if',
  'wondered whether',
  'wondered if',
  'discipline about',
  'strict about',
  'stricter about',
  'careful about',
  'rules about',
  'rules on',
  'rules against',
  'policy on',
  'policy against',
]);

/** What a rule or the platform punishes is named after these: "the platform penalises off-platform contact". */
const EN_PENALISES = new Set([
  'penalises',
  'penalizes',
  'penalise',
  'penalize',
  'punishes',
  'bans',
  'forbids',
  'prohibits',
]);

const ZH_TOPIC_RE = /问能不能|问可不可以|问能否|问是否|问我能不能|问我可不可以|问我能否/g;

/**
 * "The buyer asked whether they could pay outside the platform", "stricter
 * discipline about privacy and off-platform deals", "客户问能不能加微信":
 * the rest of the clause is what someone asked or what a rule is about,
 * not what the speaker does (red flags only, like conditions).
 */
export function markTopics(text: AnswerText, mask: Uint8Array): void {
  const { clause, words, compact } = text;
  const toClauseEnd = (from: number) => {
    const c = clause[from];
    for (let i = from; i < compact.length && clause[i] === c; i++) mask[i] = 1;
  };
  for (let w = 0; w + 1 < words.length; w++) {
    const a = words[w];
    const b = words[w + 1];
    if (!a || !b || clause[a.start] !== clause[b.start]) continue;
    if (EN_TOPIC_PAIRS.has(`${a.word} ${b.word}`)) toClauseEnd(b.end);
  }
  for (const m of compact.matchAll(ZH_TOPIC_RE)) toClauseEnd(m.index + m[0].length);
  for (const w of words) if (EN_PENALISES.has(w.word)) toClauseEnd(w.end);
}
