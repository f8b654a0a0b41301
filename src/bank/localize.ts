import type { Lang } from '../lang.js';
import type { Bank, Question, Section } from './types.js';

const cache = new WeakMap<Bank, Partial<Record<Lang, Bank>>>();

/**
 * The bank as read in `lang`: each section's title and description and
 * each question's prompt, answer, analysis and key points replaced, field
 * by field, by its `lang` translation where there is one; the original
 * otherwise. Ids, orders, points and time limits never change. The shipped
 * bank is written in Chinese and has no `zh` translations, so for `zh` it
 * comes back as it is. Pure; the result is cached per bank and language,
 * so a bank localized twice gives the same objects (and keeps the
 * scorer's caches, which are keyed by them).
 */
export function localizeBank(bank: Bank, lang: Lang): Bank {
  let byLang = cache.get(bank);
  if (byLang === undefined) {
    byLang = {};
    cache.set(bank, byLang);
  }
  let localized = byLang[lang];
  if (localized === undefined) {
    const sections = bank.sections.map((section) => localizeSection(section, lang));
    const changed = sections.some((section, index) => section !== bank.sections[index]);
    localized = changed ? { ...bank, sections } : bank;
    byLang[lang] = localized;
  }
  return localized;
}

function localizeSection(section: Section, lang: Lang): Section {
  const questions = section.questions.map((question) => localizeQuestion(question, lang));
  const translation = section.translations?.[lang];
  const changed = questions.some((question, index) => question !== section.questions[index]);
  if (translation === undefined && !changed) return section;
  return {
    ...section,
    title: translation?.title ?? section.title,
    ...(translation?.description === undefined ? {} : { description: translation.description }),
    questions,
  };
}

function localizeQuestion(question: Question, lang: Lang): Question {
  const translation = question.translations?.[lang];
  if (translation === undefined) return question;
  return {
    ...question,
    prompt: translation.prompt,
    answer: translation.answer,
    analysis: translation.analysis,
    key_points: translation.key_points ?? question.key_points,
  };
}
