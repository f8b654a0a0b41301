/**
 * The prompts of cs-interview: the only modules that read keys or import @inquirer/*. The answer,
 * score and Enter prompts draw themselves (`terminal.ts`); the oral countdown, the key-point
 * checklist and the yes/no question are @inquirer's.
 */
export { type AnswerPromptConfig, type AnswerResult, askAnswer } from './answer-prompt.js';
export type { AnswerLabels } from './answer-view.js';
export { askChoice, type ChoicePromptConfig, type ChoiceResult } from './choice-prompt.js';
export { isExitPromptError } from './errors.js';
export type { OralResult } from './oral-prompt.js';
export {
  askConfirm,
  askSelfScore,
  askTickedPoints,
  parseSelfScore,
  parseYesNo,
} from './self-rating.js';
export type { PromptContext } from './terminal.js';
export { parseAmbiguousSetting, probeTerminal } from './terminal-probe.js';
export { askTyping, type TypingResult } from './typing-prompt.js';
export { waitForEnter } from './wait-for-enter.js';

/**
 * The oral countdown, Inquirer's: loaded when it is asked, as the checklist is (self-rating.ts).
 * The drawn prompts are on every interactive command's first screen; Inquirer is two thirds
 * of this folder's bundle.
 */
export async function askOral(
  ...args: Parameters<typeof import('./oral-prompt.js').askOral>
): Promise<import('./oral-prompt.js').OralResult> {
  return (await import('./oral-prompt.js')).askOral(...args);
}
