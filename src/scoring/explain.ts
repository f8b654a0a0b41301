import type { Lang } from '../lang.js';
import type { MissReason, ScoreFlag, ScoreFlagCode, ScoreNote } from './types.js';

const FLAG_NAMES: Record<ScoreFlagCode, Record<Lang, string>> = {
  'too-short': { zh: '回答过短', en: 'far too short' },
  'keyword-list': { zh: '只是罗列关键词', en: 'a bare list of keywords' },
  'copies-question': { zh: '大段重复题目', en: 'mostly the question repeated' },
  'off-topic': { zh: '答的是另一道题', en: 'an answer to another question' },
  'on-topic-floor': { zh: '切题基础分', en: 'the on-topic floor' },
  'too-long': { zh: '回答远超限时', en: 'far longer than the time allows' },
  'red-flag': { zh: '触碰红线', en: 'a red flag' },
};

/**
 * One scorer note (a missed point's reason, a flag on the answer, or a cap)
 * as a sentence in Chinese or English. Pure: no colours, no wrapping; the
 * words it quotes come from the bank.
 */
export function describeScoreNote(note: ScoreNote, lang: Lang): string {
  if (note.code === 'capped') {
    const zh = lang === 'zh';
    const why = list(
      note.because.map((c) => FLAG_NAMES[c][lang]),
      zh,
    );
    return zh
      ? `因为${why}，得分封顶 ${note.at} / ${note.max}（按要点本可得 ${note.rawScore}）。`
      : `Capped at ${note.at} / ${note.max} (the key points alone would give ${note.rawScore}): ${why}.`;
  }
  return isMissReason(note) ? describeMissReason(note, lang) : describeFlag(note, lang);
}

/** Every miss reason's code (a Record, so a new reason cannot be left out). */
const MISS_CODES: Record<MissReason['code'], true> = {
  'no-keyword': true,
  'bare-keywords': true,
  'from-question': true,
  negated: true,
  'shows-behaviour': true,
  'in-red-flag': true,
  'length-misfit': true,
  'no-story': true,
  'no-structure': true,
};

function isMissReason(note: MissReason | ScoreFlag): note is MissReason {
  return Object.hasOwn(MISS_CODES, note.code);
}

/** Why a key point is missed, as a sentence. */
function describeMissReason(note: MissReason, lang: Lang): string {
  const zh = lang === 'zh';
  switch (note.code) {
    case 'no-keyword':
      return zh ? '回答中没有提到这一点。' : 'The answer does not bring this point up.';
    case 'bare-keywords':
      return zh
        ? `提到了“${list(note.keywords, zh)}”，但只是单独罗列，没有说明怎么做。`
        : `Mentions “${list(note.keywords, zh)}”, but only as bare words in a list, not saying what you would do.`;
    case 'from-question':
      return zh
        ? `“${list(note.keywords, zh)}”出自题目本身，复述题目不算答到这一点。`
        : `“${list(note.keywords, zh)}” comes from the question itself; repeating the question does not cover the point.`;
    case 'negated':
      return zh
        ? `“${list(note.keywords, zh)}”出现在否定说法里（如“不会”“不用”），说不做某事不算做到。`
        : `“${list(note.keywords, zh)}” appears only where the answer negates it (won't, no need…): saying you will not do it does not cover it.`;
    case 'shows-behaviour':
      return zh
        ? `回答里恰恰有这一点要避免的做法：“${list(note.keywords, zh)}”。`
        : `The answer does exactly what this point warns against: “${list(note.keywords, zh)}”.`;
    case 'in-red-flag':
      return zh
        ? `“${list(note.keywords, zh)}”出现在红线做法里，做错的事不算答到这一点。`
        : `“${list(note.keywords, zh)}” appears only inside the red-flag act: a wrong act does not cover the point.`;
    case 'no-story':
      return zh
        ? '没有讲出一个具体的事例：比如“有一次一位客户……”，讲清当时的人和事、你怎么做的。'
        : 'No concrete case is told: say "once a customer…" and tell who it was, what happened and what you did.';
    case 'no-structure':
      return zh
        ? '回答没有分层次：先说分几块，再用“第一……第二……最后……”依次讲。'
        : 'The answer is not laid out in parts: say what you will cover, then go "first… then… finally…".';
    case 'length-misfit':
      return zh
        ? '时间控制看长度：这个回答的长度与限时不符（见上方长度提示）。'
        : 'Timing is judged by length: this answer does not fit the time limit (see the length note).';
  }
}

/** A flag on the whole answer, as a sentence. */
function describeFlag(note: ScoreFlag, lang: Lang): string {
  const zh = lang === 'zh';
  switch (note.code) {
    case 'too-short':
      return zh
        ? `回答只有 ${note.actual} 字；${note.timeLimit} 秒按每分钟 ${note.pace.min}–${note.pace.max} 字约可说 ${note.expected.min}–${note.expected.max} 字，少于 ${note.threshold} 字算过短。`
        : `The answer has ${note.actual} words; ${note.timeLimit} s at ${note.pace.min}–${note.pace.max} a minute allows about ${note.expected.min}–${note.expected.max}, and under ${note.threshold} is far too short.`;
    case 'keyword-list':
      return zh
        ? `找到的 ${note.found} 个关键词中有 ${note.bare} 个只是罗列，不计分。`
        : `${note.bare} of the ${note.found} keywords found stand alone in a list and do not count.`;
    case 'too-long':
      return zh
        ? `回答有 ${note.actual} 字，${note.timeLimit} 秒按每分钟 ${note.pace.max} 字最多约说 ${Math.round(note.threshold / 2)} 字；达到 ${note.threshold} 字（两倍）面试官会打断，最多得 60% 的分。`
        : `The answer has ${note.actual} words; ${note.timeLimit} s at ${note.pace.max} a minute allows about ${Math.round(note.threshold / 2)}, and at ${note.threshold} (twice that) an interviewer cuts you off: at most 60 % of the points.`;
    case 'red-flag':
      return zh
        ? `红线：${note.wrong}（识别到：${list(note.matched, zh)}）`
        : `Red flag: ${note.wrong} (recognised: ${list(note.matched, zh)})`;
    case 'copies-question':
      return zh
        ? `回答约 ${Math.round(note.share * 100)}% 的内容与题目相同。`
        : `About ${Math.round(note.share * 100)}% of the answer repeats the question.`;
    case 'off-topic':
      return zh
        ? `这个回答更像是在答“${note.fits.prompt}”（${note.fits.id}）：那道题的要点覆盖 ${pct(note.coverageThere)}，本题只有 ${pct(note.coverage)}。`
        : `This answer fits “${note.fits.prompt}” (${note.fits.id}) better: it covers ${pct(note.coverageThere)} of that question's key points and ${pct(note.coverage)} of this one's.`;
    case 'on-topic-floor':
      return zh
        ? `没有答到任何要点，但回答切题，给予 ${pct(note.share)} 的基础分。`
        : `No key point covered, but the answer is on the question: a floor of ${pct(note.share)} of the points.`;
  }
}

function list(words: string[], zh: boolean): string {
  return words.join(zh ? '、' : ', ');
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}
