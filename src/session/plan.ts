import type { Question, Section } from '../bank/types.js';

/** One question as it will be asked: with the time limit that applies to this run. */
export interface PlannedQuestion {
  section: Section;
  question: Question;
  /** Seconds, or null when the run has no timer. */
  timeLimit: number | null;
}

export interface PlanOptions {
  /** Randomise the order of questions within each section. */
  shuffle?: boolean;
  /** Ask at most this many questions in total. */
  count?: number;
  /** Seconds that replace every question's own limit. */
  time?: number;
  /** false: no countdown at all. */
  timer?: boolean;
  /** Injectable for tests; defaults to Math.random. */
  random?: () => number;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The questions of a run, in the order they will be asked (sections in bank order). */
export function planSession(
  sections: readonly Section[],
  options: PlanOptions = {},
): PlannedQuestion[] {
  const random = options.random ?? Math.random;
  const plan = sections.flatMap((section) => {
    const questions = options.shuffle ? shuffled(section.questions, random) : section.questions;
    return questions.map((question) => ({
      section,
      question,
      timeLimit: options.timer === false ? null : (options.time ?? question.time_limit),
    }));
  });
  return options.count === undefined ? plan : plan.slice(0, options.count);
}

/**
 * The core interview: each section cut to its `core: true` questions, a
 * section without any left out. A bank that marks none (a bank of one's
 * own) is its own core: every section as it is.
 */
export function coreSections(sections: readonly Section[]): Section[] {
  // A section of choice items only (the rules quiz) has no place in an interview.
  if (!sections.some((s) => s.questions.some((q) => q.core === true)))
    return sections.filter((s) => s.questions.length > 0);
  return sections.flatMap((s) => {
    const questions = s.questions.filter((q) => q.core === true);
    return questions.length === 0 ? [] : [{ ...s, questions }];
  });
}

/**
 * A mock interview of the core's shape drawn from the whole bank: the same
 * sections, and in each, for every core question, one question of that
 * section worth the same points (core ones included), so the number of
 * questions and the points of each section stay those of the core. Drawn
 * questions keep their section's bank order.
 */
export function drawSections(
  sections: readonly Section[],
  random: () => number = Math.random,
): Section[] {
  return coreSections(sections).map((core) => {
    const whole = sections.find((s) => s.id === core.id) ?? core;
    const wanted = new Map<number, number>();
    for (const q of core.questions) wanted.set(q.points, (wanted.get(q.points) ?? 0) + 1);
    const chosen = new Set<string>();
    for (const [points, n] of wanted) {
      const pool = whole.questions.filter((q) => q.points === points);
      for (const q of shuffled(pool, random).slice(0, n)) chosen.add(q.id);
    }
    return { ...core, questions: whole.questions.filter((q) => chosen.has(q.id)) };
  });
}
