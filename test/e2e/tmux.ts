import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** The built binary, as a user runs it. */
export const BIN = fileURLToPath(new URL('../../bin/cs-interview.js', import.meta.url));

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let counter = 0;

/** One real terminal (a tmux server of its own) running one command. */
export class TmuxSession {
  readonly socket = `cs-e2e-${process.pid}-${counter++}`;
  readonly home = mkdtempSync(join(tmpdir(), 'cs-e2e-home-'));

  constructor(
    command: string,
    options: { width?: number; height?: number; env?: Record<string, string> } = {},
  ) {
    const env = {
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      CS_INTERVIEW_HOME: this.home,
      ...options.env,
    };
    const exports = Object.entries(env)
      .map(([k, v]) => `${k}='${v}'`)
      .join(' ');
    // The trailing sleep keeps the pane (and its last screen) alive after the
    // command exits, so the test can read the exit code echoed there.
    const script = `env ${exports} ${command}; echo __EXIT=$?; sleep 60`;
    this.tmux(
      '-u',
      'new-session',
      '-d',
      '-x',
      String(options.width ?? 80),
      '-y',
      String(options.height ?? 40),
      script,
    );
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
    });
  }

  /** Types text as one chunk, as an input method commits it or a paste sends it. */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  /** Presses named keys (Enter, BSpace, Left, C-c, C-d). */
  press(...keys: string[]): void {
    for (const key of keys) this.tmux('send-keys', key);
  }

  /** Presses keys in one tmux command, so they reach the program together, as fast typing does. */
  pressTogether(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Pastes `text` as a terminal does: bracketed only if the program turned bracketed paste on. */
  paste(text: string): void {
    this.tmux('set-buffer', '--', text);
    this.tmux('paste-buffer', '-p', '-d');
  }

  /** Resizes the window, as a user dragging the terminal's edge. */
  resize(width: number, height: number): void {
    this.tmux('resize-window', '-x', String(width), '-y', String(height));
  }

  /** Everything printed so far, scrollback included, wrapped lines joined. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-');
  }

  /** The visible screen with its colours and attributes as SGR escape codes (`capture-pane -e`). */
  styledScreen(): string {
    return this.tmux('capture-pane', '-p', '-e');
  }

  /** The screen as it is drawn, one entry a row, without joining wrapped lines. */
  rows(): string[] {
    return this.tmux('capture-pane', '-p').split('\n');
  }

  cursor(): { x: number; y: number } {
    const [x, y] = this.tmux('display', '-p', '#{cursor_x},#{cursor_y}')
      .trim()
      .split(',')
      .map(Number);
    return { x: x ?? -1, y: y ?? -1 };
  }

  /**
   * Waits until the screen satisfies `test` (a string to contain, a pattern, or a
   * predicate) and returns that screen; the failure names what was awaited and
   * shows the last screen. The time limit only bounds a failing test.
   */
  waitFor(
    test: string | RegExp | ((screen: string) => boolean),
    timeoutMs = WAIT_MS,
  ): Promise<string> {
    const check =
      typeof test === 'function'
        ? test
        : (s: string) => (typeof test === 'string' ? s.includes(test) : test.test(s));
    let screen = '';
    return until(
      () => {
        screen = this.screen();
        return check(screen) ? screen : undefined;
      },
      () => `the screen to show ${String(test)}; the screen was:\n${screen}`,
      timeoutMs,
    );
  }

  /**
   * Waits for the countdown to draw a new value, so that a whole redraw happened
   * after whatever the test did before (a resize, a keystroke). Needs a timer.
   */
  async waitForTick(): Promise<string> {
    const before = this.screen().match(COUNTDOWN)?.at(-1);
    if (before === undefined) throw new Error(`no countdown on the screen:\n${this.screen()}`);
    return this.waitFor((s) => {
      const now = s.match(COUNTDOWN)?.at(-1);
      return now !== undefined && now !== before;
    });
  }

  /** Waits for the command to end and returns its exit code. */
  async exitCode(timeoutMs = WAIT_MS): Promise<number> {
    const screen = await this.waitFor(/__EXIT=\d+/, timeoutMs);
    return Number(/__EXIT=(\d+)/.exec(screen)?.[1]);
  }

  /** The process id of the command (the pane's shell's child), while it runs. */
  commandPid(): number {
    const shell = this.tmux('display', '-p', '#{pane_pid}').trim();
    const child = execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n')[0];
    return Number(child);
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

const COUNTDOWN = /剩余 \d\d:\d\d/g;

/**
 * How long a wait may take before the test fails. It only bounds a failing
 * test: a passing one goes on as soon as the screen shows what it waits for.
 * 10 s was too short on a loaded 2-core machine (a drill's screen took longer
 * while two other test runs were going), so a healthy run failed now and then.
 */
const WAIT_MS = 30_000;

/**
 * Polls `probe` until it returns a value, and returns that value; after
 * `timeoutMs` fails with what was awaited. For what a test cannot see on the
 * screen: a file, a record, a process that ends.
 */
export async function until<T>(
  probe: () => T | undefined,
  awaited: () => string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline)
      throw new Error(`gave up after ${timeoutMs / 1000} s waiting for ${awaited()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until process `pid` has ended (it may already have). A zombie counts as
 * ended: in a container nothing may reap an orphan.
 */
export function exited(pid: number, timeoutMs?: number): Promise<true> {
  return until(
    () => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z') ? true : undefined;
      } catch {
        return true;
      }
    },
    () => `process ${pid} to end`,
    timeoutMs,
  );
}

export type SessionOptions = ConstructorParameters<typeof TmuxSession>[1];

/**
 * A starter for the built binary in tmux: `start('drill 1')` runs
 * `node bin/cs-interview.js drill 1` with the Node that runs the tests (CI runs the suite under
 * several), not whichever `node` the tmux server's PATH finds; every session is killed after its
 * test.
 */
export function binaryInTmux(): (args: string, options?: SessionOptions) => TmuxSession {
  const sessions: TmuxSession[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) s.kill();
  });
  return (args, options) => {
    const session = new TmuxSession(`'${process.execPath}' ${BIN} ${args}`, options);
    sessions.push(session);
    return session;
  };
}
