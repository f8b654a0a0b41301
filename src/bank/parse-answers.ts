import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Lang } from '../lang.js';
import { countCharacters, MAX_ANSWER_CHARS } from '../limits.js';
import { describePlain } from './describe-plain.js';
import { type Found, messagesFor } from './messages.js';
import { byPosition, type Position, parseYaml } from './parse-yaml.js';
import { quote } from './quote.js';
import { nearestNames } from './suggest.js';
import type { Bank, BankIssue } from './types.js';

/** An answers file for `grade`: question id → answer text. */
export interface ParsedAnswers {
  /** The answered questions; a question left empty or null is not in it. */
  answers: Map<string, string>;
  /** Where each question id of the file is, answered or not, to report unknown ids. */
  positions: Map<string, Position>;
  /** The candidate's own scores, where the file gives them (`{ answer, self_score }`). */
  selfScores: Map<string, { value: number; position: Position }>;
  issues: BankIssue[];
}

/**
 * Parses an answers file, YAML or JSON (JSON is YAML): a mapping of
 * question id to answer text. Reports a top level that is no mapping,
 * keys that are no strings, values that are no strings (a number is not
 * taken as text), repeated keys and answers over `MAX_ANSWER_CHARS`, all
 * with positions. Pure; whether the
 * ids exist is for `findUnknownAnswerIds` to say, against a bank. An
 * empty file is an empty mapping.
 */
export function parseAnswersFile(text: string, file: string, lang: Lang): ParsedAnswers {
  const msg = messagesFor(lang);
  const answers = new Map<string, string>();
  const positions = new Map<string, Position>();
  const selfScores = new Map<string, { value: number; position: Position }>();
  const parsed = parseYaml(text, file, msg);
  const issues = [...parsed.issues];
  const source = parsed.source;
  const top = source?.contents;
  if (source === undefined || top === undefined) return { answers, positions, selfScores, issues };

  const report = (node: Node, message: string): void => {
    issues.push({ file, ...source.positionOf(node), message });
  };
  const map = source.deref(top);
  if (!isMap(map)) {
    report(top, msg.expected('', 'answersMapping', describeNode(map)));
    return { answers, positions, selfScores, issues };
  }
  for (const pair of map.items) {
    const key = source.deref(pair.key);
    const id = isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
    if (key === undefined || id === undefined) {
      report(key ?? map, msg.expected('', 'questionIdKey', describeNode(key)));
      continue;
    }
    // A repeated key was reported by parseYaml; its first answer stands.
    if (positions.has(id)) continue;
    positions.set(id, source.positionOf(key));
    let value = source.deref(pair.value);
    // An entry may be the answer itself, or { answer, self_score } to carry the
    // candidate's own score next to it.
    if (isMap(value)) value = readEntry(source, value, id, report, msg, selfScores);
    const answer = isScalar(value) ? value.value : undefined;
    if (value === undefined || answer === null || answer === '') continue;
    if (typeof answer !== 'string') {
      report(value, msg.expected(quote(id), 'answerEntry', describeNode(value)));
      continue;
    }
    const length = countCharacters(answer);
    if (length > MAX_ANSWER_CHARS) {
      report(value, msg.answerTooLong(quote(id), length, MAX_ANSWER_CHARS));
      continue;
    }
    if (answer.trim() !== '') answers.set(id, answer);
  }
  issues.sort(byPosition);
  return { answers, positions, selfScores, issues };
}

/**
 * An entry of the form { answer, self_score }: records the candidate's own score and reports
 * what is wrong in it; returns the answer's node.
 */
function readEntry(
  source: NonNullable<ReturnType<typeof parseYaml>['source']>,
  entry: YAMLMap,
  id: string,
  report: (node: Node, message: string) => void,
  msg: ReturnType<typeof messagesFor>,
  selfScores: Map<string, { value: number; position: Position }>,
): Node | undefined {
  let value: Node | undefined;
  for (const field of entry.items) {
    const name = source.deref(field.key);
    const fieldName = isScalar(name) ? String(name.value) : '';
    const fieldValue = source.deref(field.value);
    if (fieldName === 'answer') {
      value = fieldValue;
    } else if (fieldName === 'self_score') {
      const n = isScalar(fieldValue) ? fieldValue.value : undefined;
      if (n === null || n === undefined) continue;
      if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
        report(
          fieldValue ?? entry,
          msg.expected(`${quote(id)}.self_score`, 'selfScore', describeNode(fieldValue)),
        );
      } else if (fieldValue) {
        selfScores.set(id, { value: n, position: source.positionOf(fieldValue) });
      }
    } else {
      report(
        name ?? entry,
        msg.unknownField(quote(id), quote(fieldName), undefined, ['answer', 'self_score']),
      );
    }
  }
  return value;
}

/** `unknown question id "x"` (with the nearest ids, for a typo) at each id of the answers file that is not in the bank. */
export function findUnknownAnswerIds(
  positions: ReadonlyMap<string, Position>,
  bank: Bank,
  file: string,
  lang: Lang,
): BankIssue[] {
  const msg = messagesFor(lang);
  // A follow-up (追问) is answered under its own id, beside its question's.
  const ids = bank.sections.flatMap((s) =>
    s.questions.flatMap((q) => [q.id, ...(q.follow_ups ?? []).map((f) => f.id)]),
  );
  const known = new Set(ids);
  const issues: BankIssue[] = [];
  for (const [id, position] of positions) {
    if (!known.has(id)) {
      const message = msg.unknownQuestionId(quote(id), nearestNames(id, ids).map(quote));
      issues.push({ file, ...position, message });
    }
  }
  return issues;
}

/** What a node is, for "expected …, found …" messages. */
function describeNode(node: Node | undefined): Found {
  if (node === undefined) return { kind: 'null' };
  if (isMap(node)) return { kind: 'mapping' };
  if (isSeq(node))
    return node.items.length === 0 ? { kind: 'emptySequence' } : { kind: 'sequence' };
  if (!isScalar(node)) return { kind: 'other' };
  return describePlain(node.value);
}
