import type { Lang } from '../lang.js';
import type { Locate } from './locate-path.js';
import { messagesFor } from './messages.js';
import { quote } from './quote.js';
import { type BankIssue, choiceFileIndex, questionFileIndex, type Section } from './types.js';

/**
 * A section that passed its own file's checks, with a way to place a path
 * in its file, called only when a repeat needs a position (the file is then
 * parsed precisely; see `readSectionFile`).
 */
export interface LocatedSection {
  section: Section;
  locate: Locate;
}

/**
 * Checks across section files: section ids, orders and question ids must
 * be unique in the bank (each repeat is reported where it occurs, naming
 * the first), and the bank must have a section. Pure; `sections` come in
 * load order and are returned sorted by `order`.
 */
export function validateBank(
  located: readonly LocatedSection[],
  source: string,
  lang: Lang,
): { sections: Section[]; issues: BankIssue[] } {
  const msg = messagesFor(lang);
  const issues: BankIssue[] = [];
  if (located.length === 0) {
    return { sections: [], issues: [{ file: source, line: 1, col: 1, message: msg.noSections() }] };
  }
  // The first of each value, kept as the section and a way to its position, found when repeated.
  const sectionIds = new Map<string, LocatedSection>();
  const orders = new Map<number, LocatedSection>();
  const questionIds = new Map<string, { first: LocatedSection; path: (string | number)[] }>();
  const where = (l: LocatedSection, path: readonly (string | number)[]): string =>
    `${l.section.file}:${l.locate(path).line}`;
  for (const l of located) {
    const { section } = l;
    const { file } = section;
    const firstId = sectionIds.get(section.id);
    if (firstId === undefined) {
      sectionIds.set(section.id, l);
    } else {
      issues.push({
        file,
        ...l.locate(['id']),
        message: msg.duplicateSectionId(quote(section.id), where(firstId, ['id'])),
      });
    }
    const firstOrder = orders.get(section.order);
    if (firstOrder === undefined) {
      orders.set(section.order, l);
    } else {
      issues.push({
        file,
        ...l.locate(['order']),
        message: msg.duplicateOrder(
          section.order,
          quote(firstOrder.section.id),
          where(firstOrder, ['order']),
        ),
      });
    }
    const items = idsIn(section);
    for (const [id, path] of items) {
      const first = questionIds.get(id);
      if (first === undefined) {
        questionIds.set(id, { first: l, path });
        continue;
      }
      issues.push({
        file,
        ...l.locate(path),
        message: msg.duplicateQuestionIdElsewhere(quote(id), where(first.first, first.path)),
      });
    }
  }
  const sections = located.map((l) => l.section).sort((a, b) => a.order - b.order);
  return { sections, issues };
}

/**
 * Every id of a section's questions with its path in the file: open questions, their
 * follow-ups and choice items share one space of ids, since a graded answers file keys
 * answers by them.
 */
function idsIn(section: Section): [string, (string | number)[]][] {
  return [
    ...section.questions.flatMap((q, i): [string, (string | number)[]][] => {
      const index = questionFileIndex(section, i);
      return [
        [q.id, ['questions', index, 'id']],
        ...(q.follow_ups ?? []).map((f, fi): [string, (string | number)[]] => [
          f.id,
          ['questions', index, 'follow_ups', fi, 'id'],
        ]),
      ];
    }),
    ...(section.choices ?? []).map((c, i): [string, (string | number)[]] => [
      c.id,
      ['questions', choiceFileIndex(section, i), 'id'],
    ]),
  ];
}
