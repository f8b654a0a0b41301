/**
 * Follow-up prompts that put words in the candidate's mouth. A follow-up
 * with `after` is asked exactly when the answer missed that key point, and
 * one without `after` when nothing probed was missed: neither knows what
 * the answer said. "你说自己能稳住客户情绪……" asked after an answer that
 * never said so states a false premise; the prompt should ask directly, or
 * suppose ("假如…", "If…").
 */

import type { YamlPath } from '../bank/locate-path.js';
import { quote } from '../bank/quote.js';
import type { Question } from '../bank/types.js';
import type { Lang } from '../lang.js';

/**
 * Openings that attribute words to the answer, in either language (a
 * prompt may be in either, whatever the interface's language). Matched at
 * the start of the prompt, after spaces; English ones case-blind and as
 * whole words. Kept short: each is a way of saying "in your answer you
 * said"; a scene the prompt sets ("你答应下午五点回复，到点…") is not
 * caught, though it may presume as much (the shipped bank's say "假如…").
 */
export const ATTRIBUTING_OPENINGS: readonly string[] = [
  '你说',
  '你提到',
  '你提过',
  '你讲到',
  '你讲的',
  '你讲过',
  '你刚才',
  '刚才你',
  '你前面说',
  '你前面提到',
  '你之前说',
  '就你讲',
  '就你说',
  '按你说',
  '照你说',
  '像你说',
  '正如你',
  '你举的',
  'you say',
  'you said',
  "you've said",
  'you mention',
  'you mentioned',
  "you've mentioned",
  'you told me',
  'you talked about',
  'as you said',
  'as you say',
  'as you mentioned',
  'like you said',
  'earlier you',
  'take your own example',
  'in your example',
  'in your answer',
];

const LONGEST_OPENING = Math.max(...ATTRIBUTING_OPENINGS.map((o) => o.length));

/** The first code of each opening (lower case), for a glance before the comparisons. */
const OPENING_STARTS = new Set(ATTRIBUTING_OPENINGS.map((o) => o.charCodeAt(0)));

/** "你说说…" is "tell me…", not "you said". */
const NOT_ATTRIBUTING = ['你说说'];

/** The attributing opening a prompt starts with, in the prompt's own words, or undefined. */
export function attributingOpening(prompt: string): string | undefined {
  const own = prompt.trimStart();
  // A prompt that starts with no opening's first character (most do not) is left at once.
  const c = own.charCodeAt(0);
  if (!OPENING_STARTS.has(c >= 0x41 && c <= 0x5a ? c + 0x20 : c)) return undefined;
  // Only ASCII folded, so that the opening found is as long in `own`; and only as much of it as
  // the longest opening and the character after it (a bank's ~3,000 follow-up prompts were each
  // folded whole).
  const head = own.slice(0, LONGEST_OPENING + 1);
  const text = head.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/\u2019/g, "'");
  if (NOT_ATTRIBUTING.some((o) => text.startsWith(o))) return undefined;
  const found = ATTRIBUTING_OPENINGS.find((o) => {
    if (!text.startsWith(o)) return false;
    // "You say" but not "You saw": an English opening ends where a word does.
    return !/^[a-z]/.test(o) || !/[a-z0-9']/.test(text.charAt(o.length));
  });
  return found === undefined ? undefined : own.slice(0, found.length);
}

/** Why such a prompt is wrong, for the warning: `after` is the point it probes, if any. */
export const premiseMessages: Record<Lang, (opening: string, after: string | undefined) => string> =
  {
    en: (opening, after) =>
      `the prompt opens with ${quote(opening)}, as if quoting the answer, but ${
        after === undefined
          ? 'a follow-up without `after` is asked when the answer missed nothing a follow-up probes, and knows nothing of what it said'
          : `it is asked only when the answer missed ${quote(after)}, so the answer may not say that`
      }; ask directly, or suppose ("If…")`,
    zh: (opening, after) =>
      `追问以 ${quote(opening)} 开头，像在引用答案；但${
        after === undefined
          ? '不带 after 的追问是在答案没漏掉任何被追问的要点时问的，并不知道答案说了什么'
          : `它只在答案漏掉要点 ${quote(after)} 时才问，答案未必这么说过`
      }，请直接问，或用“假如……”`,
  };

/**
 * The follow-up prompts of a question (at `at` in its file), in every
 * language, that open by quoting an answer they cannot know: where each
 * is, and why it is wrong.
 */
export function premiseFindings(
  q: Question,
  at: YamlPath,
  lang: Lang,
): { path: YamlPath; text: string }[] {
  const findings: { path: YamlPath; text: string }[] = [];
  q.follow_ups?.forEach((f, i) => {
    // The path made only for a finding: most prompts have none.
    const check = (prompt: string, tag?: string) => {
      const opening = attributingOpening(prompt);
      if (opening === undefined) return;
      const fAt: YamlPath = [...at, 'follow_ups', i];
      const path: YamlPath =
        tag === undefined ? [...fAt, 'prompt'] : [...fAt, 'translations', tag, 'prompt'];
      findings.push({ path, text: premiseMessages[lang](opening, f.after) });
    };
    check(f.prompt);
    for (const [tag, t] of Object.entries(f.translations ?? {})) check(t.prompt, tag);
  });
  return findings;
}
