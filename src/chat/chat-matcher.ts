/**
 * A scenario's matcher: the question-shaped value the scorer's machinery
 * classifies replies with (`classify.ts`). Its key points are the acts, its
 * red flags the scenario's and the bank file's; `resolveBank` expands the
 * `@concept`s exactly as it does for questions (a Chinese conversation gets
 * the concepts' Chinese terms, an English one their Latin terms) and reports
 * a concept that does not exist.
 */
import type { ChatScenario } from '../bank/chat-types.js';
import type { Messages } from '../bank/messages.js';
import { resolveBank } from '../bank/resolve-bank.js';
import type { BankFile, BankIssue, Question, Section } from '../bank/types.js';
import type { Lang } from '../lang.js';

/** Acts every scenario knows, by the bank file's concepts; a scenario's `acts` may add or replace. */
export const BUILTIN_ACTS: Readonly<Record<string, readonly string[]>> = {
  apologise: ['@道歉'],
  empathise: ['@共情'],
  verify: ['@核实'],
  evidence: ['@证据'],
  'follow-up': ['@跟进'],
  escalate: ['@升级'],
  // A chat's time frames are often in days: the concept has hours and clock times.
  deadline: ['@时限', '{n}天内', '{n}天之内', '{n}个工作日', 'within {n} days', '{n} working days'],
};

/** Every act a scenario may name: the built-in ones and its own. */
export function knownActs(acts: Readonly<Record<string, readonly string[]>> | undefined): string[] {
  return [...new Set([...Object.keys(BUILTIN_ACTS), ...Object.keys(acts ?? {})])];
}

/** The matchers of a scenario in each language it is written in, and any unknown concept it names. */
export function buildMatchers(
  scenario: ChatScenario,
  bankFile: BankFile | undefined,
  msg: Messages,
  locate: (file: string, needle: string) => number,
  /** The scenario's path in its file, for messages. */
  at = 'questions[0]',
): { matchers: Partial<Record<Lang, Question>>; issues: BankIssue[] } {
  const question = scenarioQuestion(scenario, bankFile);
  const section: Section = {
    id: scenario.id,
    order: 1,
    title: scenario.title,
    points: 1,
    time_limit: scenario.turn_limit,
    questions: [question],
    file: scenario.file,
  };
  const resolved = resolveBank([section], bankFile, msg, locate);
  // resolveBank names a question's fields; here they are the scenario's acts.
  const where = (message: string) =>
    message.replace(
      /questions\[0\](?:\.translations\.en)?\.key_points\[(\d+)\]\.keywords/,
      (_, i) => `${at}.acts.${question.key_points[Number(i)]?.point ?? ''}`,
    );
  const issues = resolved.issues.map((issue) => ({ ...issue, message: where(issue.message) }));
  const q = resolved.sections[0]?.questions[0];
  return { matchers: q ? matchersOf(q) : {}, issues };
}

/**
 * The scenario as a question of the bank: one key point an act (the built-in
 * ones and its own), its reference as the answer, its red flags.
 */
function scenarioQuestion(scenario: ChatScenario, bankFile: BankFile | undefined): Question {
  // A built-in act names concepts a bank may not have: then it has only its other
  // terms (maybe none, and is never shown); a scenario's own act must name real ones.
  const concepts = bankFile?.concepts;
  const has = (t: string) =>
    !t.startsWith('@') || (concepts !== undefined && Object.hasOwn(concepts, t.slice(1)));
  const builtin = Object.entries(BUILTIN_ACTS).map(
    ([point, terms]) => [point, terms.filter(has)] as const,
  );
  const all: Record<string, readonly string[]> = {
    ...Object.fromEntries(builtin),
    ...(scenario.acts ?? {}),
  };
  const keyPoints = Object.entries(all).map(([point, keywords]) => ({
    point,
    keywords: [...keywords],
  }));
  const en = scenario.translations?.en?.reference;
  return {
    id: scenario.id,
    prompt: '',
    points: 1,
    time_limit: scenario.turn_limit,
    // The reference decides the script of the concepts' terms (resolve-bank.ts).
    answer: scenario.reference.join('\n'),
    analysis: '',
    key_points: keyPoints,
    ...(scenario.red_flags ? { red_flags: scenario.red_flags } : {}),
    ...(en
      ? {
          translations: {
            en: { prompt: '', answer: en.join('\n'), analysis: '', key_points: keyPoints },
          },
        }
      : {}),
  };
}

/** The resolved question as the matcher of each language it has. */
function matchersOf(q: Question): Partial<Record<Lang, Question>> {
  const matchers: Partial<Record<Lang, Question>> = { zh: q };
  const t = q.translations?.en;
  // An English conversation names its red flags in English where the bank has it.
  const redFlags = q.red_flags?.map((f) => ({
    ...f,
    wrong: f.translations?.en?.wrong ?? f.wrong,
  }));
  if (t?.key_points)
    matchers.en = {
      ...q,
      answer: t.answer,
      key_points: t.key_points,
      ...(redFlags ? { red_flags: redFlags } : {}),
    };
  return matchers;
}
