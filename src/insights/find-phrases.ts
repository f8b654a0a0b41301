import type { PhraseInsight } from './types.js';

/** A customer-service phrase group: its name and a pattern matching any of its synonyms. */
interface PhraseGroup {
  name: string;
  /**
   * Matched against NFKC text with white space removed (punctuation kept, so no
   * match spans a clause) except one space between Latin words; the English
   * synonyms (case-insensitive, whole words) serve answers to the English bank.
   */
  pattern: RegExp;
}

/** The phrase groups, most basic first; `missing` follows this order. */
export const PHRASE_GROUPS: readonly PhraseGroup[] = [
  { name: '您', pattern: /您/ },
  {
    name: '抱歉',
    pattern: /抱歉|不好意思|对不起|歉意|道歉|\b(?:sorry|apologi[sz]e[ds]?|apolog(?:y|ies))\b/i,
  },
  {
    name: '理解',
    pattern:
      /理解|明白您|体谅|感同身受|\b(?:i understand|understandable|i see why|in your shoes)\b/i,
  },
  {
    name: '核实',
    pattern: /核实|核对|确认|查询|查一下|\b(?:check|checking|verify|confirm|look into|look up)\b/i,
  },
  {
    name: '马上',
    pattern:
      /马上|立刻|立即|尽快|第一时间|\b(?:right away|immediately|straight away|as soon as|asap|right now)\b/i,
  },
  {
    name: '跟进',
    pattern:
      /跟进|回访|\b(?:follow(?:-| )?up|followed up|check back|keep you (?:updated|posted)|update you)\b/i,
  },
  { name: '反馈', pattern: /反馈|\b(?:feedback|report (?:it|this|back))\b/i },
  { name: '感谢', pattern: /感谢|谢谢|多谢|\b(?:thank|thanks|appreciate)\b/i },
  // 请 as "please", not inside 申请, 邀请, 聘请, 宴请, 提请 or 请假.
  { name: '请', pattern: /(?<![申邀聘宴提])请(?!假)|\bplease\b/i },
  {
    name: '稍等',
    pattern: /稍等|稍候|耐心等|\b(?:a moment|one moment|bear with|hold on)\b/i,
  },
  // Its own group: "用了 稍等" for 麻烦您 named a word the answer never used.
  {
    name: '麻烦您',
    pattern: /麻烦您|辛苦您|劳驾|\b(?:would you mind|could i trouble you|if you don't mind)\b/i,
  },
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
  '劳驾',
];

/**
 * Removes white space, but keeps one space between Latin words (English
 * phrases need their word boundaries); phrase synonyms never contain
 * punctuation, and must not match across it.
 */
export function compactForPhrases(nfkcText: string): string {
  return nfkcText.replace(/\s+/g, (space, offset: number, text: string) =>
    /[A-Za-z0-9]/.test(text[offset - 1] ?? '') &&
    /[A-Za-z0-9]/.test(text[offset + space.length] ?? '')
      ? ' '
      : '',
  );
}

/**
 * Each phrase group a text uses, in group order, with its first match (道歉 for 抱歉) that
 * `negated` does not rule out: "我不会道歉" uses no apology, and saying so would praise the
 * answer for the very word it refuses.
 */
function phraseMatches(
  compactText: string,
  negated: (at: number) => boolean = () => false,
): { name: string; said: string }[] {
  return PHRASE_GROUPS.flatMap((g) => {
    const all = new RegExp(g.pattern.source, `${g.pattern.flags}g`);
    for (const m of compactText.matchAll(all)) {
      if (!negated(m.index)) return [{ name: g.name, said: m[0] }];
    }
    return [];
  });
}

/** Names of the phrase groups a text uses, in group order. */
export function phraseGroupsIn(compactText: string): string[] {
  return phraseMatches(compactText).map((m) => m.name);
}

/**
 * The groups the answer uses, with the words it used for each (the
 * feedback names what was written, not the group), and those it could add:
 * the groups the reference answer uses in what it says to the customer (its
 * quoted speech). A question whose reference quotes no customer speech (a
 * self-introduction, a question about the trade) gets no suggestion: its
 * answer talks to the interviewer, and 抱歉 or 核实 would not fit.
 * `negated` says whether the match at an offset of `compactText` is in the
 * scope of a negation (see `negationAt`).
 */
export function findPhrases(
  compactText: string,
  referenceGroups: readonly string[],
  negated?: (at: number) => boolean,
): PhraseInsight {
  const found = phraseMatches(compactText, negated);
  const used = found.map((m) => m.name);
  return {
    used,
    said: found.map((m) => m.said),
    missing: referenceGroups.filter((name) => !used.includes(name)),
  };
}

/** What a reference answer says to the customer: the text inside its quotation marks. */
export function quotedSpeech(text: string): string {
  return [...text.matchAll(/[“「"]([^”」"]*)[”」"]/g)].map((m) => m[1]).join('。');
}
