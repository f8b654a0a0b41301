import type { PhraseInsight } from './types.js';

/** A customer-service phrase group: its name and a pattern matching any of its synonyms. */
interface PhraseGroup {
  name: string;
  /** Matched against NFKC text with white space removed (punctuation kept, so no match spans a clause). */
  pattern: RegExp;
}

/** The phrase groups, most basic first; `missing` follows this order. */
export const PHRASE_GROUPS: readonly PhraseGroup[] = [
  { name: '您', pattern: /您/ },
  { name: '抱歉', pattern: /抱歉|不好意思|对不起|歉意|道歉/ },
  { name: '理解', pattern: /理解|明白您|体谅|感同身受/ },
  { name: '核实', pattern: /核实|核对|确认|查询|查一下/ },
  { name: '马上', pattern: /马上|立刻|立即|尽快|第一时间/ },
  { name: '跟进', pattern: /跟进|回访/ },
  { name: '反馈', pattern: /反馈/ },
  { name: '感谢', pattern: /感谢|谢谢|多谢/ },
  // 请 as "please", not inside 申请, 邀请, 聘请, 宴请, 提请 or 请假.
  { name: '请', pattern: /(?<![申邀聘宴提])请(?!假)/ },
  { name: '稍等', pattern: /稍等|稍候|麻烦您|辛苦您|耐心等/ },
];

/** Every synonym written out, for joining words the segmenter splits (麻烦|您, 回|访). */
export const PHRASE_WORDS: readonly string[] = [
  '不好意思',
  '对不起',
  '明白您',
  '感同身受',
  '第一时间',
  '回访',
  '稍等',
  '稍候',
  '麻烦您',
  '辛苦您',
];

/** Removes white space only: phrase synonyms never contain punctuation, and must not match across it. */
export function compactForPhrases(nfkcText: string): string {
  return nfkcText.replace(/\s+/g, '');
}

/** Names of the phrase groups a text uses, in group order. */
export function phraseGroupsIn(compactText: string): string[] {
  return PHRASE_GROUPS.filter((g) => g.pattern.test(compactText)).map((g) => g.name);
}

/**
 * The groups the answer uses, and those it could add: the groups the
 * reference answer uses (so a self-introduction is not told to apologise),
 * or every group when the reference uses none.
 */
export function findPhrases(
  compactText: string,
  referenceGroups: readonly string[],
): PhraseInsight {
  const used = phraseGroupsIn(compactText);
  const wanted = referenceGroups.length > 0 ? referenceGroups : PHRASE_GROUPS.map((g) => g.name);
  return { used, missing: wanted.filter((name) => !used.includes(name)) };
}
