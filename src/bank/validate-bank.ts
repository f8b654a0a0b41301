import { type Lang, messagesFor } from './messages.js';
import type { SectionLocations } from './parse-section.js';
import { quote } from './quote.js';
import type { BankIssue, Section } from './types.js';

/**
 * A section that passed its own file's checks, with where its ids are.
 * `locate` is only called when a repeat needs a position, so a section
 * read without positions can find them then (see `loadBank`).
 */
export interface LocatedSection {
  section: Section;
  locate(): SectionLocations;
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
  const questionIds = new Map<string, { first: LocatedSection; index: number }>();
  const where = (l: LocatedSection, line: (at: SectionLocations) => number): string =>
    `${l.section.file}:${line(l.locate())}`;
  for (const l of located) {
    const { section } = l;
    const { file } = section;
    const firstId = sectionIds.get(section.id);
    if (firstId === undefined) {
      sectionIds.set(section.id, l);
    } else {
      issues.push({
        file,
        ...l.locate().id,
        message: msg.duplicateSectionId(
          quote(section.id),
          where(firstId, (at) => at.id.line),
        ),
      });
    }
    const firstOrder = orders.get(section.order);
    if (firstOrder === undefined) {
      orders.set(section.order, l);
    } else {
      issues.push({
        file,
        ...l.locate().order,
        message: msg.duplicateOrder(
          section.order,
          quote(firstOrder.section.id),
          where(firstOrder, (at) => at.order.line),
        ),
      });
    }
    section.questions.forEach((question, index) => {
      const first = questionIds.get(question.id);
      if (first === undefined) {
        questionIds.set(question.id, { first: l, index });
        return;
      }
      const firstLine = (at: SectionLocations) => questionIdAt(at, first.index).line;
      issues.push({
        file,
        ...questionIdAt(l.locate(), index),
        message: msg.duplicateQuestionIdElsewhere(
          quote(question.id),
          where(first.first, firstLine),
        ),
      });
    });
  }
  const sections = located.map((l) => l.section).sort((a, b) => a.order - b.order);
  return { sections, issues };
}

function questionIdAt(locations: SectionLocations, index: number) {
  return locations.questionIds[index] ?? { line: 1, col: 1 };
}
