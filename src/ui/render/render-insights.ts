import type { Insights, LengthInsight, WordCount } from '../../insights/types.js';
import type { Lang } from '../../lang.js';
import { neutralize } from '../../neutralize.js';
import { wrapText } from '../wrap.js';

/** At most this many missing phrase groups are suggested, so the line stays short. */
export const MAX_SUGGESTED_PHRASES = 3;

/** Each phrase group in English (with --lang en the bank and the answers are English too). */
const PHRASE_GLOSS: Readonly<Record<string, string>> = {
  您: 'polite "you"',
  抱歉: 'sorry',
  理解: 'I understand',
  核实: 'let me check',
  马上: 'right away',
  跟进: 'follow up',
  反馈: 'feedback',
  感谢: 'thank you',
  请: 'please',
  稍等: 'one moment',
  麻烦您: 'may I trouble you',
};

const TEXT = {
  zh: {
    verdict: { 'too-short': '太短', short: '偏短', fits: '合适', 'too-long': '太长', none: '' },
    noLimit: (l: LengthInsight, spoken: string) => `字数 ${l.chars}（约 ${spoken}说完，不限时）`,
    brisk: '合适，需语速稍快',
    duration: (m: number, s: number) =>
      m === 0 ? `${s} 秒` : s === 0 ? `${m} 分钟` : `${m} 分 ${s} 秒`,
    length: (l: LengthInsight, spoken: string, limit: string, verdict: string) =>
      `字数 ${l.chars}（约 ${spoken}说完，限时 ${limit}：${verdict}）`,
    pace: (n: number) => `输入速度 ${n} 字/分`,
    list: '、',
    topWords: '常用词：',
    phrases: (used: string, missing: string) =>
      `客服用语：${[used && `用了 ${used}`, missing && `可以加上 ${missing}`].filter(Boolean).join('；')}`,
    fillers: (list: string, total: number, kinds: number) =>
      `口头禅：${list}${kinds > 1 ? `（共 ${total} 次）` : ''} —— 正式面试时尽量少用`,
    inOrder: (found: string) => `结构：${found} ✓ 顺序合理`,
    outOfOrder: (found: string, ideal: string) => `结构：${found} ✗ 建议顺序：${ideal}`,
  },
  en: {
    verdict: {
      'too-short': 'too short',
      short: 'a bit short',
      fits: 'fits',
      'too-long': 'too long',
      none: '',
    },
    noLimit: (l: LengthInsight, spoken: string) =>
      `${l.chars} words (about ${spoken} to say; no limit)`,
    brisk: 'fits at a brisk pace',
    duration: (m: number, s: number) =>
      m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`,
    length: (l: LengthInsight, spoken: string, limit: string, verdict: string) =>
      `${l.chars} words (about ${spoken} to say; limit ${limit}: ${verdict})`,
    pace: (n: number) => `typing ${n} words/min`,
    list: ', ',
    topWords: 'Most used: ',
    phrases: (used: string, missing: string) =>
      `Service phrases: ${[used && `used ${used}`, missing && `could add ${missing}`].filter(Boolean).join('; ')}`,
    fillers: (list: string, total: number, kinds: number) =>
      `Fillers: ${list}${kinds > 1 ? ` (${total} in all)` : ''} — use fewer in the interview`,
    inOrder: (found: string) => `Structure: ${found} ✓ sensible order`,
    outOfOrder: (found: string, ideal: string) => `Structure: ${found} ✗ try: ${ideal}`,
  },
} as const;

function duration(lang: Lang, seconds: number): string {
  return TEXT[lang].duration(Math.floor(seconds / 60), seconds % 60);
}

function lengthLine(lang: Lang, l: LengthInsight): string {
  const t = TEXT[lang];
  if (l.verdict === 'none') return withPace(lang, l, t.noLimit(l, duration(lang, l.spokenSeconds)));
  const fitsBriskly = l.verdict === 'fits' && l.spokenSeconds > l.limitSeconds;
  const verdict = fitsBriskly ? t.brisk : t.verdict[l.verdict];
  const line = t.length(
    l,
    duration(lang, l.spokenSeconds),
    duration(lang, l.limitSeconds),
    verdict,
  );
  return withPace(lang, l, line);
}

function withPace(lang: Lang, l: LengthInsight, line: string): string {
  if (l.pacePerMinute === undefined) return line;
  return `${line}${lang === 'zh' ? '· ' : ' · '}${TEXT[lang].pace(l.pacePerMinute)}`;
}

function counts(lang: Lang, words: WordCount[]): string {
  return words.map((w) => `${neutralize(w.word)} ×${w.count}`).join(TEXT[lang].list);
}

function phrasesLine(lang: Lang, insights: Insights): string | undefined {
  const label = (name: string) => (lang === 'en' ? (PHRASE_GLOSS[name] ?? name) : name);
  // What the answer wrote (道歉, verify), not the group's name; suggestions are names.
  const used = insights.phrases.said.map(neutralize);
  const suggested = insights.phrases.missing.slice(0, MAX_SUGGESTED_PHRASES).map(label);
  if (used.length === 0 && suggested.length === 0) return undefined;
  return TEXT[lang].phrases(used.join(TEXT[lang].list), suggested.join(TEXT[lang].list));
}

function structureLine(lang: Lang, insights: Insights): string | undefined {
  const { expected, found, inOrder, ordered } = insights.structure;
  // Only where the analysis asks for an order: elsewhere any order is fine.
  if (found.length < 2 || ordered === false) return undefined;
  const arrows = (names: string[]) => names.map(neutralize).join(' → ');
  if (inOrder) return TEXT[lang].inOrder(arrows(found));
  return TEXT[lang].outOfOrder(
    arrows(found),
    arrows(expected.filter((name) => found.includes(name))),
  );
}

/**
 * The insights as a short block of plain lines (no colours; the caller
 * colours): length and pace, most used words, service phrases, fillers
 * and structure, each left out when there is nothing to say, each wrapped
 * to `width` display columns with continuation lines indented.
 */
export function renderInsights(insights: Insights, lang: Lang, width: number): string[] {
  const t = TEXT[lang];
  const total = insights.fillers.reduce((sum, f) => sum + f.count, 0);
  const lines = [
    lengthLine(lang, insights.length),
    insights.topWords.length > 0 ? t.topWords + counts(lang, insights.topWords) : undefined,
    phrasesLine(lang, insights),
    insights.fillers.length > 0
      ? t.fillers(counts(lang, insights.fillers), total, insights.fillers.length)
      : undefined,
    structureLine(lang, insights),
  ];
  return lines.flatMap((line) =>
    line ? wrapText(line, width, { indent: '  ', firstIndent: '' }) : [],
  );
}
