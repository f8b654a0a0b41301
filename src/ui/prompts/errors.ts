/**
 * Whether `e` is inquirer's `ExitPromptError` (Ctrl+C, or the process closing), so callers can
 * handle it without importing inquirer.
 */
export function isExitPromptError(e: unknown): boolean {
  return e instanceof Error && e.name === 'ExitPromptError';
}
