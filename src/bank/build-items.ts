/** The typed items of a section (questions, follow-ups, key points, red flags) built from plain values already checked (check-section.ts). */
import type {
  FollowUp,
  FollowUpTranslation,
  KeyPoint,
  Question,
  QuestionTranslation,
  RedFlag,
} from './types.js';

/** Plain values that passed their record's table. */
export type Fields = Record<string, unknown>;

/** What a question inherits from its section. */
export interface Defaults {
  points: number;
  time_limit: number;
}

/** Optional fields: present only when given, as the types say. */
export function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

/** A checked `translations` mapping as a null-prototype object, each language built by `one`. */
export function buildTranslations<T>(
  value: unknown,
  one: (fields: Fields) => T,
): Record<string, T> | undefined {
  if (value === undefined) return undefined;
  const out: Record<string, T> = Object.create(null);
  for (const [lang, fields] of Object.entries(value as Record<string, Fields>))
    out[lang] = one(fields);
  return out;
}

export function buildOpenQuestion(q: Fields, defaults: Defaults): Question {
  return {
    id: q.id as string,
    prompt: q.prompt as string,
    points: (q.points as number | undefined) ?? defaults.points,
    time_limit: (q.time_limit as number | undefined) ?? defaults.time_limit,
    answer: q.answer as string,
    analysis: q.analysis as string,
    key_points: (q.key_points as Fields[]).map(buildKeyPoint),
    ...optional('red_flags', (q.red_flags as Fields[] | undefined)?.map(buildRedFlag)),
    ...optional('follow_ups', (q.follow_ups as Fields[] | undefined)?.map(buildFollowUp)),
    ...optional('core', q.core as boolean | undefined),
    ...optional(
      'translations',
      buildTranslations(
        q.translations,
        (t): QuestionTranslation => ({
          prompt: t.prompt as string,
          answer: t.answer as string,
          analysis: t.analysis as string,
          ...optional('key_points', (t.key_points as Fields[] | undefined)?.map(buildKeyPoint)),
        }),
      ),
    ),
  };
}

function buildFollowUp(f: Fields): FollowUp {
  return {
    id: f.id as string,
    prompt: f.prompt as string,
    key_points: (f.key_points as Fields[]).map(buildKeyPoint),
    time_limit: f.time_limit as number,
    ...optional('after', f.after as string | undefined),
    ...optional('red_flags', (f.red_flags as Fields[] | undefined)?.map(buildRedFlag)),
    ...optional(
      'translations',
      buildTranslations(
        f.translations,
        (t): FollowUpTranslation => ({
          prompt: t.prompt as string,
          ...optional('key_points', (t.key_points as Fields[] | undefined)?.map(buildKeyPoint)),
        }),
      ),
    ),
  };
}

function buildKeyPoint(k: Fields): KeyPoint {
  return {
    point: k.point as string,
    keywords: [...(k.keywords as string[])],
    ...optional('avoid', (k.avoid as string[] | undefined)?.slice()),
  };
}

export function buildRedFlag(f: Fields): RedFlag {
  return {
    id: f.id as string,
    wrong: f.wrong as string,
    signs: [...(f.signs as string[])],
    ...optional(
      'translations',
      buildTranslations(f.translations, (t) => ({ wrong: t.wrong as string })),
    ),
  };
}
