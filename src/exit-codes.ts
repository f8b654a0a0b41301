/** Exit codes of every command, defined once; the README lists the same table. */
export const ExitCode = {
  /** Done. */
  ok: 0,
  /** A bad bank or a bad input file. */
  badInput: 1,
  /** Wrong usage, including an interactive command without a terminal. */
  usage: 2,
  /** The terminal closed (SIGHUP): 128 + 1, what a shell reports for a process the signal ended. */
  hangUp: 129,
  /** Interrupted with Ctrl+C (or SIGINT): 128 + 2. */
  interrupted: 130,
  /** Terminated (SIGTERM): 128 + 15. */
  terminated: 143,
  /** The history or the settings file could not be written or read (EX_IOERR): nothing claims it was saved. */
  io: 74,
  /** A bug in cs-interview (the stack is printed); EX_SOFTWARE from sysexits.h. */
  bug: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
