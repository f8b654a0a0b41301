/**
 * The program's commands by name, in the order of the help. A leaf of its own, so that the
 * binary's loader (code-cache.ts, bundled into the small dist/fast-start.cjs) can name a
 * command's code cache without loading the program.
 */
export const COMMAND_NAMES = [
  'practice',
  'drill',
  'answers',
  'list',
  'grade',
  'review',
  'quiz',
  'chat',
  'stats',
  'validate',
  'init',
  'typing',
  'history',
  'config',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * The command `argv` runs, for the code cache's name: a help asked for is `help` (the command's
 * help runs none of its code), a word that names no command `other`.
 */
export function commandOf(argv: readonly string[]): CommandName | 'help' | 'other' {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.includes('-h') || options.includes('--help')) return 'help';
  // The first word that is not an option nor the value of one of the program's options.
  const word = options.find(
    (a, i) => !a.startsWith('-') && options[i - 1] !== '--lang' && options[i - 1] !== '--bank',
  );
  // No command: the program's help, unless a `--` leaves the words to commander.
  if (word === undefined) return end < 0 ? 'help' : 'other';
  return (COMMAND_NAMES as readonly string[]).includes(word) ? (word as CommandName) : 'other';
}
