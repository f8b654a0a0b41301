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
