import { type Lang, messagesFor } from './messages.js';
import type { SectionLocations } from './parse-section.js';
import { quote } from './quote.js';
import type { BankIssue, Section } from './types.js';

/** A section that passed its own file's checks, with where its ids are. */
export interface LocatedSection {
  section: Section;
  locations: SectionLocations;
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
  const sectionIds = new Map<string, string>();
  const orders = new Map<number, { sectionId: string; where: string }>();
  const questionIds = new Map<string, string>();
  for (const { section, locations } of located) {
    const { file } = section;
    const firstId = sectionIds.get(section.id);
    if (firstId === undefined) {
      sectionIds.set(section.id, `${file}:${locations.id.line}`);
    } else {
      issues.push({
        file,
        ...locations.id,
        message: msg.duplicateSectionId(quote(section.id), firstId),
      });
    }
    const firstOrder = orders.get(section.order);
    if (firstOrder === undefined) {
      orders.set(section.order, {
        sectionId: section.id,
        where: `${file}:${locations.order.line}`,
      });
    } else {
      issues.push({
        file,
        ...locations.order,
        message: msg.duplicateOrder(section.order, quote(firstOrder.sectionId), firstOrder.where),
      });
    }
    section.questions.forEach((question, index) => {
      const position = locations.questionIds[index] ?? { line: 1, col: 1 };
      const first = questionIds.get(question.id);
      if (first === undefined) {
        questionIds.set(question.id, `${file}:${position.line}`);
      } else {
        issues.push({
          file,
          ...position,
          message: msg.duplicateQuestionIdElsewhere(quote(question.id), first),
        });
      }
    });
  }
  const sections = located.map((l) => l.section).sort((a, b) => a.order - b.order);
  return { sections, issues };
}
