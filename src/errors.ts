import type { BankIssue } from './bank/types.js';
import { ExitCode } from './exit-codes.js';

/**
 * An error the user can fix (bad bank, bad flag, no terminal). The CLI prints
 * its message alone, without a stack, and exits with its code; anything else
 * that reaches the CLI is a bug.
 */
export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'ExpectedError';
  }
}

export class UsageError extends ExpectedError {
  constructor(message: string) {
    super(message, ExitCode.usage);
    this.name = 'UsageError';
  }
}

/** A bank (or an answers file) that cannot be used; carries every problem found. */
export class BankError extends ExpectedError {
  constructor(readonly issues: BankIssue[]) {
    super(
      issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`).join('\n'),
      ExitCode.badInput,
    );
    this.name = 'BankError';
  }
}
