/**
 * A key point's text in the interface language, whatever language its answer was graded in.
 * The history keeps key points by their text (the language of the run), so answers graded
 * in Chinese and read with `--lang en` would list Chinese points, and the same point would
 * count twice across languages. A point is the same point at the same place in its
 * question's list in every translation (the bank's rule), so each text maps to the one in
 * `lang` at its place.
 */

import type { Bank, Question } from '../bank/types.js';
import type { Lang } from '../lang.js';

/** (question id, point as recorded) → the point in `lang`, or the text itself when unknown. */
export type PointName = (questionId: string, point: string) => string;

/** The names of `raw`'s key points in `lang`; `raw` is the bank as read, not localized. */
export function pointNames(raw: Bank, lang: Lang): PointName {
  const byQuestion = new Map<string, Map<string, string>>();
  for (const section of raw.sections)
    for (const question of section.questions) {
      const names = namesOf(question, lang);
      if (names.size > 0) byQuestion.set(question.id, names);
    }
  return (questionId, point) => byQuestion.get(questionId)?.get(point) ?? point;
}

function namesOf(question: Question, lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  const translations = question.translations ?? {};
  const target = translations[lang]?.key_points ?? question.key_points;
  const variants = [
    question.key_points,
    ...Object.values(translations).map((t) => t.key_points ?? []),
  ];
  for (const variant of variants)
    variant.forEach((kp, i) => {
      const name = target[i]?.point;
      if (name !== undefined && kp.point !== name && !names.has(kp.point))
        names.set(kp.point, name);
    });
  return names;
}
