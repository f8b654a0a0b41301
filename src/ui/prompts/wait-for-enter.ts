import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';
import type { PromptContext } from './answer-prompt.js';

const enterPrompt = createPrompt<void, { message: string }>((config, done) => {
  const [finished, setFinished] = useState(false);
  useKeypress((key, rl) => {
    if (finished) return;
    if (isEnterKey(key)) {
      setFinished(true);
      done();
      return;
    }
    // Nothing typed is shown: keep readline's line empty so the cursor stays put.
    rl.clearLine(0);
  });
  return config.message;
});

/** Resolves when Enter is pressed. Ctrl+C rejects with `ExitPromptError`. */
export function waitForEnter(message: string, context?: PromptContext): Promise<void> {
  return enterPrompt({ message }, context);
}
