import type { AnswerText } from './answer-text.js';
import type { Occurrence } from './find-terms.js';

/**
 * The clause rule. A keyword counts only when it sits in a real clause: one
 * that says something besides keywords. A clause is real when, not counting
 * keyword characters or words copied from the question, it has at least
 * MIN_OTHER units (字) and at least OTHER_PER_KEYWORD units per keyword unit.
 * "请提供订单号" (3 other, 3 keyword) is real; "订单号" or "核实订单号照片"
 * is bare. A bare clause still counts when the clause right before or after
 * it on the same line is real, since people do say "抱歉，我马上帮您查".
 * A run of bare clauses ("抱歉，理解，订单号，退款，跟进") counts for nothing.
 */
export const MIN_OTHER = 2;
export const OTHER_PER_KEYWORD = 0.5;

interface ClauseStats {
  keyword: number;
  other: number;
}

/** Which clauses of the answer are real (by the clause rule), given the keywords found. */
export function realClauses(
  text: AnswerText,
  occurrences: Occurrence[],
  keyPoints: number,
  copied: Uint8Array,
): boolean[] {
  // One occurrence per key point and clause counts as keyword: synonyms of one point
  // ("我理解您的心情") are one thing said, not a list.
  const inKeyword = new Uint8Array(text.compact.length);
  const marked = new Set<number>();
  const points = keyPoints + 1;
  // The others count as neither keyword nor other words (2).
  for (const o of occurrences) {
    const key = (text.clause[o.start] ?? 0) * points + o.keyPoint;
    if (!marked.has(key)) {
      marked.add(key);
      inKeyword.fill(1, o.start, o.end);
    }
  }
  for (const o of occurrences) {
    for (let i = o.start; i < o.end; i++) if (!inKeyword[i]) inKeyword[i] = 2;
  }
  const clauses = clauseStats(text, inKeyword, copied);
  return clauses.map((c) => c.other >= MIN_OTHER && c.other >= OTHER_PER_KEYWORD * c.keyword);
}

/** Whether an occurrence's clause is real, or a clause next to it on its line is. */
export function supportedBy(text: AnswerText, real: boolean[], o: Occurrence): boolean {
  const id = text.clause[o.start] ?? 0;
  if (real[id]) return true;
  const line = text.clauseLine[id];
  return (
    (real[id - 1] === true && text.clauseLine[id - 1] === line) ||
    (real[id + 1] === true && text.clauseLine[id + 1] === line)
  );
}

/** Keyword units and other units of each clause; copied units count as neither. */
function clauseStats(text: AnswerText, inKeyword: Uint8Array, copied: Uint8Array): ClauseStats[] {
  const stats: ClauseStats[] = text.clauseLine.map(() => ({ keyword: 0, other: 0 }));
  const n = text.compact.length;
  for (let i = 0; i < n; i++) {
    if (!text.unitStart[i]) continue;
    let end = i + 1;
    while (end < n && !text.unitStart[end]) end++;
    const s = stats[text.clause[i] ?? 0];
    if (!s) continue;
    let keyword = false;
    let synonym = false;
    let allCopied = true;
    for (let j = i; j < end; j++) {
      if (inKeyword[j] === 1) keyword = true;
      if (inKeyword[j] === 2) synonym = true;
      if (!copied[j]) allCopied = false;
    }
    if (keyword) s.keyword++;
    else if (!allCopied && !synonym) s.other++;
  }
  return stats;
}
