import type { Lang } from '../lang.js';
import { localizeChoice } from './localize-choice.js';
import type { Bank, KeyPoint, Question, Section } from './types.js';

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
  const choices = section.choices?.map((item) => localizeChoice(item, lang));
  const translation = section.translations?.[lang];
  const changed =
    questions.some((question, index) => question !== section.questions[index]) ||
    choices?.some((item, index) => item !== section.choices?.[index]) === true;
  if (translation === undefined && !changed) return section;
  return {
    ...section,
    title: translation?.title ?? section.title,
    ...(translation?.description === undefined ? {} : { description: translation.description }),
    questions,
    ...(choices === undefined ? {} : { choices }),
  };
}

function localizeQuestion(question: Question, lang: Lang): Question {
  const translation = question.translations?.[lang];
  const flags = question.red_flags;
  const redFlags = flags?.map((f) => {
    const wrong = f.translations?.[lang]?.wrong;
    return wrong === undefined ? f : { ...f, wrong };
  });
  const flagsChanged = redFlags?.some((f, i) => f !== flags?.[i]) === true;
  if (translation === undefined && !flagsChanged) return question;
  return {
    ...question,
    ...(translation === undefined
      ? {}
      : {
          prompt: translation.prompt,
          answer: translation.answer,
          analysis: translation.analysis,
          key_points: inheritAvoid(translation.key_points, question.key_points),
        }),
    ...(redFlags && flagsChanged ? { red_flags: redFlags } : {}),
  };
}

/** Translated key points keep the original's `avoid` unless they give their own (concepts are bilingual). */
function inheritAvoid(translated: KeyPoint[] | undefined, original: KeyPoint[]): KeyPoint[] {
  if (translated === undefined) return original;
  return translated.map((kp, i) => {
    const avoid = original[i]?.avoid;
    return kp.avoid !== undefined || avoid === undefined ? kp : { ...kp, avoid };
  });
}
