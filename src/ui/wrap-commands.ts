/**
 * Command lines inside wrapped text are kept whole (`cs-interview practice --resume`, a quoted
 * one up to its closing quote), so a user can copy them off the screen (see `wrapText`).
 */

const PROGRAM = 'cs-interview';

const OPENING_QUOTES: Record<string, string> = {
  '“': '”',
  '"': '"',
  '`': '`',
  '「': '」',
  '‘': '’',
};

/** A word of a command line after its subcommand: an option, a path, a number, a redirection. */
const ARGUMENT_LIKE = /^(?:-|[<>|]$|.*[\d/.=*])/;

/** How far a quoted command's closing quote is looked for, in tokens. */
const MAX_COMMAND_TOKENS = 40;

/**
 * The last token of a command line that starts at `i`, or `i` when none
 * does: a quoted one (“cs-interview grade --template > 答案.yaml”) up to its
 * closing quote, an unquoted one (cs-interview practice --resume) over its
 * subcommand and the words that look like arguments (options, paths,
 * numbers; not an English word, which may be the sentence going on).
 */
function commandEnd(tokens: readonly string[], i: number): number {
  const token = tokens[i] as string;
  const at = token.indexOf(PROGRAM);
  if (at < 0 || token.length > at + PROGRAM.length) return i;
  const closing = OPENING_QUOTES[token.slice(0, at).at(-1) ?? ''];
  if (closing !== undefined) {
    const last = Math.min(tokens.length - 1, i + MAX_COMMAND_TOKENS);
    for (let j = i + 1; j <= last; j++) if ((tokens[j] as string).includes(closing)) return j;
    return i;
  }
  let end = i;
  // The subcommand, then its arguments, each after a space.
  if (tokens[i + 1] === ' ' && /^[a-z]+$/.test(tokens[i + 2] ?? '')) {
    end = i + 2;
    while (tokens[end + 1] === ' ' && ARGUMENT_LIKE.test(tokens[end + 2] ?? '')) end += 2;
  }
  return end;
}

/** Joins each command line into one token where it fits a line (see `commandEnd`). Linear. */
export function joinCommands(tokens: string[], widths: number[], room: number): void {
  let write = 0;
  for (let read = 0; read < tokens.length; read++) {
    const end = tokens[read]?.includes(PROGRAM) ? commandEnd(tokens, read) : read;
    let width = widths[read] ?? 0;
    for (let k = read + 1; k <= end; k++) width += widths[k] ?? 0;
    if (end > read && width <= room) {
      tokens[write] = tokens.slice(read, end + 1).join('');
      widths[write++] = width;
      read = end;
    } else {
      tokens[write] = tokens[read] as string;
      widths[write++] = widths[read] ?? 0;
    }
  }
  tokens.length = write;
  widths.length = write;
}
