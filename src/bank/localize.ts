import type { Lang } from '../lang.js';
import { localizeChoice } from './localize-choice.js';
import type { Bank, FollowUp, KeyPoint, Question, Section } from './types.js';

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

/** A section's title in `lang`: its translation's where there is one. */
export function localizedTitle(
  section: Pick<Section, 'title' | 'translations'>,
  lang: Lang,
): string {
  return section.translations?.[lang]?.title ?? section.title;
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
    title: localizedTitle(section, lang),
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
  const followUps = question.follow_ups?.map((f) => localizeFollowUp(f, question, lang));
  const followUpsChanged = followUps?.some((f, i) => f !== question.follow_ups?.[i]) === true;
  if (translation === undefined && !flagsChanged && !followUpsChanged) return question;
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
    ...(followUps && followUpsChanged ? { follow_ups: followUps } : {}),
  };
}

/**
 * A follow-up in `lang`: its prompt and key points, and its `after` renamed
 * to the translated key point it probes (the same position in the
 * question's list), so that it still names one of the question's points.
 */
function localizeFollowUp(followUp: FollowUp, question: Question, lang: string): FollowUp {
  const translation = followUp.translations?.[lang];
  const at =
    followUp.after === undefined
      ? -1
      : question.key_points.findIndex((k) => k.point === followUp.after);
  const after = at < 0 ? undefined : question.translations?.[lang]?.key_points?.[at]?.point;
  const flags = followUp.red_flags?.map((f) => {
    const wrong = f.translations?.[lang]?.wrong;
    return wrong === undefined ? f : { ...f, wrong };
  });
  const flagsChanged = flags?.some((f, i) => f !== followUp.red_flags?.[i]) === true;
  if (translation === undefined && after === undefined && !flagsChanged) return followUp;
  return {
    ...followUp,
    ...(translation === undefined
      ? {}
      : {
          prompt: translation.prompt,
          key_points: inheritAvoid(translation.key_points, followUp.key_points),
        }),
    ...(after === undefined ? {} : { after }),
    ...(flags && flagsChanged ? { red_flags: flags } : {}),
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
