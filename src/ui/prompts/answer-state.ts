/**
 * The decisions of the timed answer prompt, as pure functions: what a key does to the lines
 * typed so far, what the answer is, and what the countdown shows. No terminal, no inquirer.
 *
 * The line being typed is readline's (it owns the cursor and editing keys); the lines before
 * it are ours.
 */

/** A key as readline decodes it. */
export interface Key {
  readonly name?: string | undefined;
  readonly ctrl?: boolean | undefined;
}

/**
 * What a key means to the prompt, beyond readline's own editing:
 * - `finish`: Ctrl+D, submit at once;
 * - `enter`: Enter, a new line or a submission (see {@link pressEnter});
 * - `backspace`: may join the line with the previous one (see {@link joinPrevious});
 * - `edit`: anything else, left to readline.
 */
export type KeyRole = 'finish' | 'enter' | 'backspace' | 'edit';

/**
 * `previous` is the key before this one: a CRLF line end arrives as `return` then `enter`,
 * and readline counts it as one line end, so do we (else a pasted CRLF text would submit
 * at its first line end).
 */
export function keyRole(key: Key, previous: Key | undefined): KeyRole {
  if (key.ctrl && key.name === 'd') return 'finish';
  if (key.name === 'return') return 'enter';
  if (key.name === 'enter') return previous?.name === 'return' ? 'edit' : 'enter';
  if (key.name === 'backspace' && !key.ctrl) return 'backspace';
  return 'edit';
}

export type EnterOutcome =
  | { readonly kind: 'newline'; readonly lines: readonly string[] }
  | { readonly kind: 'submit'; readonly text: string }
  | { readonly kind: 'nothing-typed' };

/**
 * Enter adds `line` after `lines`; Enter on an empty line submits, unless nothing has been
 * typed at all (an empty answer is never submitted by Enter).
 */
export function pressEnter(lines: readonly string[], line: string): EnterOutcome {
  if (line !== '') return { kind: 'newline', lines: [...lines, line] };
  const text = composeAnswer(lines, '');
  return text === '' ? { kind: 'nothing-typed' } : { kind: 'submit', text };
}

export interface Joined {
  readonly lines: readonly string[];
  /** The previous line, to put back in front of the current one. */
  readonly restored: string;
}

/**
 * Backspace at the start of a line (readline ignores it there) goes back to the end of the
 * previous line, joining the two. `undefined` when there is nothing to join.
 */
export function joinPrevious(lines: readonly string[], cursor: number): Joined | undefined {
  if (cursor !== 0 || lines.length === 0) return undefined;
  return { lines: lines.slice(0, -1), restored: lines.at(-1) ?? '' };
}

/** The answer: every line, the unfinished one too, without trailing blank lines. */
export function composeAnswer(lines: readonly string[], line: string): string {
  const all = [...lines, line];
  while (all.length > 0 && (all.at(-1) ?? '').trim() === '') all.pop();
  return all.join('\n');
}

/** Whole seconds left as shown (rounded up: `00:01` is shown until the time is up). */
export function remainingSeconds(limitSeconds: number, elapsedMs: number): number {
  return Math.max(0, Math.ceil((limitSeconds * 1000 - elapsedMs) / 1000));
}

/** Milliseconds until the shown seconds change (at least 1). */
export function msUntilNextTick(limitSeconds: number, elapsedMs: number): number {
  const leftMs = limitSeconds * 1000 - elapsedMs;
  if (leftMs <= 0) return 1;
  return Math.max(1, leftMs - (Math.ceil(leftMs / 1000) - 1) * 1000);
}

export type Urgency = 'calm' | 'hurry' | 'critical';

/** Yellow under 30 s, red under 10 s. */
export function urgencyOf(seconds: number): Urgency {
  if (seconds < 10) return 'critical';
  if (seconds < 30) return 'hurry';
  return 'calm';
}
