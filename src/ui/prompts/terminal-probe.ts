import { setAmbiguousWide } from '../text-width.js';
import {
  CURSOR_REQUEST,
  type Input,
  type Output,
  openKeys,
  type PromptContext,
} from './terminal.js';

/** `CS_INTERVIEW_AMBIGUOUS`: how East Asian ambiguous-width characters are drawn, if the user says. */
export type AmbiguousSetting = 'wide' | 'narrow';

export function parseAmbiguousSetting(
  value: string | undefined,
): AmbiguousSetting | undefined | 'invalid' {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  return v === 'wide' || v === 'narrow' ? v : 'invalid';
}

let answered: boolean | undefined;

/** Whether the terminal answered the probe's cursor-position request; `undefined` before one. */
export function answersCursorRequests(): boolean | undefined {
  return answered;
}

// A terminal that does not answer is taken as narrow after this long.
const PROBE_TIMEOUT_MS = 300;
/** An East Asian ambiguous-width character: one column in most terminals, two in CJK set-ups. */
const PROBE = '\u201c';

/**
 * Sets how wide the program counts ambiguous-width characters (“ ” … — · ①): as `setting`
 * says, or else as the terminal draws them, measured the way Vim does (its `t_u7`): print one at
 * the start of the line, ask where the cursor is, erase it. Resolves `wide` or `narrow`.
 */
export async function probeTerminal(
  context: PromptContext,
  setting?: AmbiguousSetting,
): Promise<AmbiguousSetting> {
  if (setting) {
    setAmbiguousWide(setting === 'wide');
    return setting;
  }
  const input = (context.input ?? process.stdin) as Input;
  const output = (context.output ?? process.stdout) as Output & { isTTY?: boolean };
  if (!(input.isTTY && output.isTTY)) return 'narrow';
  const column = await new Promise<number | undefined>((resolve) => {
    const timer = setTimeout(() => finish(undefined), PROBE_TIMEOUT_MS);
    const finish = (col: number | undefined) => {
      clearTimeout(timer);
      keys.close();
      output.write('\r\u001b[K');
      resolve(col);
    };
    const keys = openKeys(
      input,
      output,
      (events) => {
        const report = events.find((e) => e.kind === 'cursor');
        if (report?.kind === 'cursor') finish(report.col);
      },
      () => finish(undefined),
    );
    output.write(`\r${PROBE}${CURSOR_REQUEST}`);
  });
  answered = column !== undefined;
  const wide = column === 3;
  setAmbiguousWide(wide);
  return wide ? 'wide' : 'narrow';
}
