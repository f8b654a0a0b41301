/**
 * Warnings about a bank that loads: things an author most likely wants to
 * fix, though the bank works. `validate` shows them; `--strict` fails on them.
 */

import { pathLocator, type YamlPath } from '../bank/locate-path.js';
import { quote } from '../bank/quote.js';
import { type Bank, type BankIssue, type Question, questionFileIndex } from '../bank/types.js';
import type { Lang } from '../lang.js';
import { prepareText } from '../scoring/answer-text.js';
import { judgeCoverage } from '../scoring/coverage.js';
import { PACE } from '../scoring/length.js';
import { isLatinKeyword, normalizeForMatch } from '../scoring/normalize.js';
import { prepareQuestion } from '../scoring/prepare-question.js';
import type { MissReason } from '../scoring/types.js';
import { premiseFindings } from './follow-up-premise.js';

export type WarningCode =
  | 'answer-too-long'
  | 'few-key-points'
  | 'single-keyword'
  | 'point-not-in-answer'
  | 'duplicate-keyword'
  | 'follow-up-premise';

/** A warning, placed like an issue; `code` names the check, for editors and CI. */
export interface BankWarning extends BankIssue {
  code: WarningCode;
}

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

type Finding = { code: WarningCode; path: YamlPath; message: string };

/**
 * Every warning about a loaded bank, sorted by file and position. Pure:
 * `texts` (each section file's text, by `Section.file`) are only used to
 * place warnings; a file without its text gets line 1, column 1.
 */
export function collectWarnings(
  bank: Bank,
  lang: Lang,
  texts: ReadonlyMap<string, string> = new Map(),
): BankWarning[] {
  const warnings: BankWarning[] = [];
  const judge = judgeOnce();
  for (const section of bank.sections) {
    const text = texts.get(section.file);
    const locate = text === undefined ? () => ({ line: 1, col: 1 }) : pathLocator(text);
    section.questions.forEach((question, index) => {
      const at: YamlPath = ['questions', questionFileIndex(section, index)];
      const findings = checkQuestion(
        question,
        { answer: [...at, 'answer'], keyPoints: [...at, 'key_points'] },
        lang,
        judge,
      );
      // Other languages are scored against their own texts (see localize.ts), so each is checked too.
      for (const [tag, t] of Object.entries(question.translations ?? {})) {
        const tAt: YamlPath = [...at, 'translations', tag];
        const own = t.key_points !== undefined;
        const localized = { ...question, ...t, key_points: t.key_points ?? question.key_points };
        const paths = {
          answer: [...tAt, 'answer'],
          keyPoints: own ? [...tAt, 'key_points'] : undefined,
        };
        findings.push(...checkQuestion(localized, paths, lang, judge));
      }
      for (const { path, text } of premiseFindings(question, at, lang)) {
        const message = `${showPath(path)}${warningMessages[lang].colon}${text}`;
        findings.push({ code: 'follow-up-premise', path, message });
      }
      for (const f of findings) {
        warnings.push({ file: section.file, ...locate(f.path), message: f.message, code: f.code });
      }
    });
  }
  return warnings.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  );
}

/**
 * Where a question's texts are: its answer and its key points. A
 * translation without key points of its own is scored against the
 * question's, which were checked already; only whether its answer covers
 * them is, placed at that answer (`keyPoints` undefined).
 */
interface QuestionPaths {
  answer: YamlPath;
  keyPoints: YamlPath | undefined;
}

/** What the scorer makes of a question's own reference answer. */
interface Judgement {
  /** The answer's length in 字 (a Latin word counts as one). */
  units: number;
  /** Why each key point is not scored, by index; undefined where it is. */
  reasons: (MissReason | undefined)[];
}

type Judge = (q: Question) => Judgement;

/**
 * The scorer's judgement of each question's reference answer, made once for
 * each distinct question: a bank that repeats a question under other ids
 * (a copied section, the bench's 16 copies) is judged ~2 ms a question
 * otherwise, most of `validate`. Questions are the same when everything but
 * their ids is (`sameExceptIds`): the scorer's coverage reads no id.
 */
function judgeOnce(): Judge {
  const judged = new Map<string, Judgement>();
  const key = sameExceptIds();
  return (q) => {
    const k = key(q);
    let judgement = judged.get(k);
    if (judgement === undefined) {
      const answer = prepareText(q.answer);
      const coverage = judgeCoverage(prepareQuestion(q), answer);
      const reasons = q.key_points.map((_, i) => coverage.keyPoints[i]?.reason);
      judgement = { units: answer.units, reasons };
      judged.set(k, judgement);
    }
    return judgement;
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

function checkQuestion(q: Question, paths: QuestionPaths, lang: Lang, judge: Judge): Finding[] {
  const say = warningMessages[lang];
  const findings: Finding[] = [];
  const add = (code: WarningCode, path: YamlPath, text: string) =>
    findings.push({ code, path, message: `${showPath(path)}${say.colon}${text}` });

  const judgement = judge(q);
  const units = judgement.units;
  const seconds = (units * 60) / FAST_PACE;
  if (seconds > q.time_limit) {
    const shown = Math.ceil(seconds);
    add('answer-too-long', paths.answer, say.answerTooLong(units, shown, q.time_limit));
  }
  const keyPointsAt = paths.keyPoints;
  if (keyPointsAt !== undefined && q.key_points.length < MIN_KEY_POINTS) {
    add('few-key-points', keyPointsAt, say.fewKeyPoints(q.key_points.length));
  }

  // Judged by the scorer itself, so the warning means what it says: the
  // reference answer would not score this point. A single missing synonym
  // is no warning: synonyms are there for other people's wordings.
  const seen = new Map<string, { path: YamlPath; keyPoint: number }>();
  q.key_points.forEach((kp, k) => {
    const reason = judgement.reasons[k];
    if (keyPointsAt === undefined) {
      if (reason !== undefined)
        add('point-not-in-answer', paths.answer, say.notCovered(quote(kp.point), reason));
      return;
    }
    const pointAt: YamlPath = [...keyPointsAt, k];
    if (kp.keywords.length === 1) {
      add(
        'single-keyword',
        [...pointAt, 'keywords'],
        say.singleKeyword(quote(kp.keywords[0] ?? '')),
      );
    }
    if (reason !== undefined)
      add('point-not-in-answer', pointAt, say.notCovered(quote(kp.point), reason));
    kp.keywords.forEach((keyword, w) => {
      const key = matchedAs(keyword);
      const first = seen.get(key);
      const here: YamlPath = [...pointAt, 'keywords', w];
      if (first === undefined) seen.set(key, { path: here, keyPoint: k });
      else {
        const message = first.keyPoint === k ? say.repeatedKeyword : say.sharedKeyword;
        add('duplicate-keyword', here, message(quote(keyword), showPath(first.path)));
      }
    });
  });
  return findings;
}

/**
 * A keyword as the scorer matches it: Latin keywords as a run of whole
 * words ("follow-up" and "follow up" alike, "followup" not), others as
 * normalised text (訂單號 and 订单号 alike).
 */
function matchedAs(keyword: string): string {
  let key = matchKeys.get(keyword);
  if (key === undefined) {
    key = matchedAsOnce(keyword);
    matchKeys.set(keyword, key);
  }
  return key;
}

/** `matchedAs` of each keyword, for the process: a concept's terms recur in every question. */
const matchKeys = new Map<string, string>();

function matchedAsOnce(keyword: string): string {
  // `!term` (the behaviour ruled out) matches where `term` does not.
  if (keyword.startsWith('!')) return `!${matchedAs(keyword.slice(1))}`;
  const key = normalizeForMatch(keyword);
  return isLatinKeyword(key)
    ? prepareText(keyword)
        .words.map((w) => w.word)
        .join(' ')
    : key;
}

/** `questions[2].key_points[0].keywords`, like the loader's messages. */
function showPath(path: YamlPath): string {
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
                      : `它的关键词（${words}）只出现在没有别的内容的短句里`;
      return `参考答案得不到自己的要点 ${point}：${why}`;
    },
    repeatedKeyword: (keyword, first) =>
      `关键词 ${keyword} 与 ${first} 的匹配效果相同，保留一个即可`,
    sharedKeyword: (keyword, first) =>
      `关键词 ${keyword} 与另一个要点的 ${first} 匹配效果相同，说出它就会同时算到两个要点`,
  },
};
