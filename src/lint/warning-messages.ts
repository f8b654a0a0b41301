/**
 * The bank warnings' texts in both languages, and the two limits they quote.
 * Apart from warnings.ts so that the checks read as checks, as the loader's
 * messages live apart from its rules (src/bank/messages-*.ts).
 */

import type { YamlPath } from '../bank/locate-path.js';
import { quote } from '../bank/quote.js';
import type { Lang } from '../lang.js';
import { PACE } from '../scoring/length.js';
import type { MissReason } from '../scoring/types.js';

/**
 * Fewer key points than this gets a warning. The rules already require
 * one, so "a question without key points" cannot load; with one or two,
 * an answer scores all or nothing or half, which does not tell a partial
 * answer from a complete one, and the feedback has little to say.
 */
export const MIN_KEY_POINTS = 3;

/**
 * The fastest pace a calm interview answer is spoken at (字 a minute): a
 * reference answer that takes longer than the limit even at this pace
 * cannot be said in time, so it models the wrong length.
 */
export const FAST_PACE = PACE.max;

/** `questions[2].key_points[0].keywords`, like the loader's messages. */
export function showPath(path: YamlPath): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`))
    .join('');
}

interface WarningMessages {
  colon: string;
  answerTooLong(units: number, seconds: number, limit: number): string;
  fewKeyPoints(count: number): string;
  singleKeyword(keyword: string): string;
  notCovered(point: string, reason: MissReason): string;
  repeatedKeyword(keyword: string, first: string): string;
  sharedKeyword(keyword: string, first: string): string;
}

/** The warnings' texts, in both languages; values from the file arrive quoted. */
export const warningMessages: Record<Lang, WarningMessages> = {
  en: {
    colon: ': ',
    answerTooLong: (units, seconds, limit) =>
      `the reference answer has ${units} 字, which takes ${seconds} s even at ${FAST_PACE} 字 a minute; expected at most the time limit of ${limit} s`,
    fewKeyPoints: (count) =>
      `only ${count} key point${count === 1 ? '' : 's'}; expected at least ${MIN_KEY_POINTS}, so that the score tells a partial answer from a full one`,
    singleKeyword: (keyword) =>
      `only one keyword, ${keyword}; add synonyms so that other wordings count too`,
    notCovered: (point, reason) => {
      const words = 'keywords' in reason ? reason.keywords.map(quote).join(', ') : '';
      const why =
        reason.code === 'no-keyword'
          ? 'none of its keywords occurs in it'
          : reason.code === 'length-misfit'
            ? 'its length does not fit the time limit'
            : reason.code === 'no-story'
              ? 'it tells no concrete case (an opener, then a customer or an order)'
              : reason.code === 'no-structure'
                ? 'it is not laid out in parts (two of its terms in two clauses)'
                : reason.code === 'from-question'
                  ? `its keywords (${words}) occur only in words copied from the question`
                  : reason.code === 'negated'
                    ? `its keywords (${words}) occur only where it negates them`
                    : reason.code === 'shows-behaviour'
                      ? `it says what the point warns against (${words})`
                      : reason.code === 'in-red-flag'
                        ? `its keywords (${words}) occur only inside a red-flag act`
                        : `its keywords (${words}) occur only in clauses that say nothing else`;
      return `the reference answer does not score its own key point ${point}: ${why}`;
    },
    repeatedKeyword: (keyword, first) =>
      `keyword ${keyword} matches the same as ${first}; one of them is enough`,
    sharedKeyword: (keyword, first) =>
      `keyword ${keyword} matches the same as ${first}, of another key point; an answer that says it would cover both`,
  },
  zh: {
    colon: '：',
    answerTooLong: (units, seconds, limit) =>
      `参考答案有 ${units} 字，按每分钟 ${FAST_PACE} 字也要 ${seconds} 秒，应不超过限时 ${limit} 秒`,
    fewKeyPoints: (count) =>
      `只有 ${count} 个要点，应至少 ${MIN_KEY_POINTS} 个，评分才能区分答得全和答得不全`,
    singleKeyword: (keyword) => `只有一个关键词 ${keyword}，请补充同义词，换种说法也能算到`,
    notCovered: (point, reason) => {
      const words = 'keywords' in reason ? reason.keywords.map(quote).join('、') : '';
      const why =
        reason.code === 'no-keyword'
          ? '答案中没有它的任何关键词'
          : reason.code === 'length-misfit'
            ? '它的长度与限时不符'
            : reason.code === 'no-story'
              ? '它没有讲出具体事例（开头之后要有客户或订单）'
              : reason.code === 'no-structure'
                ? '它没有分层次（两个结构词出现在两个分句里）'
                : reason.code === 'from-question'
                  ? `它的关键词（${words}）只出现在照抄题目的文字里`
                  : reason.code === 'negated'
                    ? `它的关键词（${words}）只出现在否定说法里`
                    : reason.code === 'shows-behaviour'
                      ? `它说了该要点要避免的话（${words}）`
                      : reason.code === 'in-red-flag'
                        ? `它的关键词（${words}）只出现在红线做法里`
                        : `它的关键词（${words}）只出现在没有别的内容的短句里`;
      return `参考答案得不到自己的要点 ${point}：${why}`;
    },
    repeatedKeyword: (keyword, first) =>
      `关键词 ${keyword} 与 ${first} 的匹配效果相同，保留一个即可`,
    sharedKeyword: (keyword, first) =>
      `关键词 ${keyword} 与另一个要点的 ${first} 匹配效果相同，说出它就会同时算到两个要点`,
  },
};
