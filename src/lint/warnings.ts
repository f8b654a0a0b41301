/**
 * Warnings about a bank that loads: things an author most likely wants to
 * fix, though the bank works. `validate` shows them; `--strict` fails on them.
 */

import { type Locate, pathLocator, type YamlPath } from '../bank/locate-path.js';
import { quote } from '../bank/quote.js';
import { type Bank, type BankIssue, type Question, questionFileIndex } from '../bank/types.js';
import type { Lang } from '../lang.js';
import { premiseFindings } from './follow-up-premise.js';
import { type Judge, judgeOnce, keyPointsKey, sameExceptIds } from './judge-once.js';
import {
  duplicateKeywordNotes,
  type Repeat,
  repeatsOnce,
  singleKeywordNote,
} from './keyword-notes.js';
import { FAST_PACE, MIN_KEY_POINTS, showPath, warningMessages } from './warning-messages.js';

export { sameExceptIds } from './judge-once.js';
export { FAST_PACE, MIN_KEY_POINTS, warningMessages } from './warning-messages.js';

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

type Finding = { code: WarningCode; path: YamlPath; message: string };

/**
 * Every warning about a loaded bank, sorted by file and position. Pure:
 * `texts` (each section file's text, by `Section.file`) are only used to
 * place warnings, asked for a file's only when it has one; a file without
 * its text gets line 1, column 1.
 */
export function collectWarnings(
  bank: Bank,
  lang: Lang,
  texts: { get(file: string): string | undefined } = new Map(),
): BankWarning[] {
  const warnings: BankWarning[] = [];
  // One key for both: the key points' key, made for the judge, is looked up for the repeats.
  const key = sameExceptIds();
  const checks: Checks = { judge: judgeOnce(key), repeats: repeatsOnce(keyPointsKey(key)) };
  for (const section of bank.sections) {
    let locator: Locate | undefined;
    const locate = (path: YamlPath) => {
      const text = locator === undefined ? texts.get(section.file) : undefined;
      locator ??= text === undefined ? () => ({ line: 1, col: 1 }) : pathLocator(text);
      return locator(path);
    };
    section.questions.forEach((question, index) => {
      const at: YamlPath = ['questions', questionFileIndex(section, index)];
      const findings = checkQuestion(
        question,
        { answer: [...at, 'answer'], keyPoints: [...at, 'key_points'] },
        lang,
        checks,
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
        findings.push(...checkQuestion(localized, paths, lang, checks));
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

/** What the checks of a bank share: each made once for the same values. */
interface Checks {
  judge: Judge;
  repeats: (keyPoints: Question['key_points']) => Repeat[];
}

function checkQuestion(q: Question, paths: QuestionPaths, lang: Lang, checks: Checks): Finding[] {
  const say = warningMessages[lang];
  const findings: Finding[] = [];
  const add = (code: WarningCode, path: YamlPath, text: string) =>
    findings.push({ code, path, message: `${showPath(path)}${say.colon}${text}` });

  const judgement = checks.judge(q);
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
  const repeats = keyPointsAt === undefined ? [] : checks.repeats(q.key_points);
  q.key_points.forEach((kp, k) => {
    const reason = judgement.reasons[k];
    if (keyPointsAt === undefined) {
      if (reason !== undefined)
        add('point-not-in-answer', paths.answer, say.notCovered(quote(kp.point), reason));
      return;
    }
    const pointAt: YamlPath = [...keyPointsAt, k];
    const single = singleKeywordNote(kp, pointAt, say);
    if (single !== undefined) add(single.code, single.path, single.text);
    if (reason !== undefined)
      add('point-not-in-answer', pointAt, say.notCovered(quote(kp.point), reason));
    for (const note of duplicateKeywordNotes(kp, k, keyPointsAt, repeats, say))
      add(note.code, note.path, note.text);
  });
  return findings;
}
