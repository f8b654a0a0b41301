import { askLine } from './line-prompt.js';
import type { PromptContext } from './terminal.js';

/**
 * Resolves when Enter is pressed; other keys are ignored, and so is an Enter typed before the
 * message appeared. Ctrl+C rejects with `ExitPromptError`.
 */
export async function waitForEnter(message: string, context?: PromptContext): Promise<void> {
  await askLine({ message, enterOnly: true, discardTypeahead: true }, context);
}
