import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../lang.js';
import type { Section } from './types.js';

/**
 * A section of the shipped bank in two parts: what its first question on screen needs (the
 * section's names and defaults, each question's id, prompt, points and time), written by the
 * build localized in each language, and the whole section (`shipped-bank/<i>.json`), read once
 * anything else of it is asked for. `drill 1` parsed 131 KB of JSON for its first section before
 * its first question, of which that question shows a few hundred bytes.
 */
export interface FirstPart {
  format: typeof FIRST_PART_FORMAT;
  /** The section's first-screen fields, localized, and the names of the others it has. */
  section: Record<string, unknown>;
  rest: string[];
  questions: { fields: Record<string, unknown>; rest: string[] }[];
}

/** Changes whenever the first part's form does. */
export const FIRST_PART_FORMAT = 'cs-interview-first-part/1';

const SECTION_FIELDS = ['id', 'order', 'title', 'description', 'points', 'time_limit'];
const QUESTION_FIELDS = ['id', 'prompt', 'points', 'time_limit', 'core'];

/** Where the build puts the first part of section `index` in `lang` (see `compiledBankPath`). */
export function firstPartPath(bankFolder: string, index: number, lang: Lang): string {
  return join(dirname(bankFolder), 'dist', 'shipped-bank', `${index}-first-${lang}.json`);
}

/** The first part of a section as loaded and localized (the build's side). */
export function firstPartOf(section: Section): FirstPart {
  const split = (value: object, fields: readonly string[]) => {
    const own = Object.entries(value);
    return {
      fields: Object.fromEntries(own.filter(([key]) => fields.includes(key))),
      rest: own.map(([key]) => key).filter((key) => !fields.includes(key)),
    };
  };
  const { questions, ...head } = section;
  const { fields, rest } = split(head, SECTION_FIELDS);
  return {
    format: FIRST_PART_FORMAT,
    section: fields,
    rest,
    questions: questions.map((q) => split(q, QUESTION_FIELDS)),
  };
}

/** The first part the build wrote of section `index` in `lang`, or none. */
export function readFirstPart(
  bankFolder: string,
  index: number,
  lang: Lang,
): FirstPart | undefined {
  try {
    const part = JSON.parse(readFileSync(firstPartPath(bankFolder, index, lang), 'utf8'));
    return part?.format === FIRST_PART_FORMAT ? (part as FirstPart) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The section of `part` as `whole` gives it: its first-screen fields at once, each other field
 * (of the section and of each question) read on first use, when `whole` is called once and its
 * values put in place. The objects stay the same, so what holds a question (the plan, the
 * scorer's caches) sees it whole.
 */
export function deferredSection(part: FirstPart, whole: () => Section): Section {
  const questions = part.questions.map((q) => ({ ...q.fields }));
  const section: Record<string, unknown> = { ...part.section, questions };
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    const full = whole();
    if (full.questions.map((q) => q.id).join('\n') !== questions.map((q) => q.id).join('\n'))
      throw new Error(`The compiled bank's first part of ${full.id} is not its section.`);
    put(section, full as unknown as Record<string, unknown>, part.rest);
    for (const [i, q] of questions.entries())
      put(
        q,
        full.questions[i] as unknown as Record<string, unknown>,
        part.questions[i]?.rest ?? [],
      );
  };
  defer(section, part.rest, fill);
  for (const [i, q] of questions.entries()) defer(q, part.questions[i]?.rest ?? [], fill);
  return section as unknown as Section;
}

/** `keys` of `target` as accessors that `fill` first, then read what it put in their place. */
function defer(target: Record<string, unknown>, keys: readonly string[], fill: () => void): void {
  for (const key of keys)
    Object.defineProperty(target, key, {
      get: () => {
        fill();
        return target[key];
      },
      set: (value: unknown) => {
        fill();
        target[key] = value;
      },
      enumerable: true,
      configurable: true,
    });
}

function put(target: Record<string, unknown>, from: Record<string, unknown>, keys: string[]): void {
  for (const key of keys)
    Object.defineProperty(target, key, {
      value: from[key],
      writable: true,
      enumerable: true,
      configurable: true,
    });
}
