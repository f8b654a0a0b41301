/**
 * The prompts of cs-interview: the only modules that import @inquirer/*.
 */
export {
  type AnswerPromptConfig,
  type AnswerResult,
  askAnswer,
  type PromptContext,
} from './answer-prompt.js';
export type { AnswerLabels } from './answer-view.js';
export { isExitPromptError } from './errors.js';
export { askOral, type OralResult } from './oral-prompt.js';
export { askConfirm, askSelfScore, askTickedPoints, parseSelfScore } from './self-rating.js';
export { waitForEnter } from './wait-for-enter.js';
