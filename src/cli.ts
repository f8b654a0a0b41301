import { homedir } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { ExpectedError, UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { dataDir } from './store/paths.js';
import { typingHelp } from './typing/help-text.js';
import { dataDirHelp, helpText, helpTitle, translateCommanderError } from './ui/help-text.js';
import { detectLang, type Lang, messages } from './ui/i18n.js';
import type { CommandIO, CommonOptions } from './ui/output.js';
import { neutralize, neutralizeInline } from './ui/sanitize.js';

interface RawCommon {
  bank?: string;
  lang?: string;
  color?: boolean;
}

interface RawInterview extends RawCommon {
  save?: boolean;
  resume?: boolean;
  time?: number;
  timer?: boolean;
  oral?: boolean;
  speak?: boolean;
  shuffle?: boolean;
  count?: number;
  followUps?: boolean;
  draw?: boolean;
}

/** The language asked for on the command line, before commander has parsed it (help must already be in it). */
function preferredLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' || value === 'zh' ? value : detectLang(env);
}

function common(raw: RawCommon, env: NodeJS.ProcessEnv): CommonOptions {
  const lang = raw.lang ?? detectLang(env);
  if (lang !== 'zh' && lang !== 'en')
    throw new UsageError(messages(detectLang(env)).badLang(neutralizeInline(lang)));
  return {
    bank: raw.bank,
    lang,
    color: raw.color !== false,
    home: dataDir(env, process.platform, homedir()),
  };
}

function positiveInt(flag: string, lang: Lang) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) {
      throw new UsageError(messages(lang).badNumber(flag, neutralizeInline(value)));
    }
    return n;
  };
}

function nonNegativeInt(flag: string, lang: Lang) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) {
      throw new UsageError(messages(lang).badNumber(flag, neutralizeInline(value)));
    }
    return n;
  };
}

function retention(lang: Lang) {
  return (value: string): number => {
    const n = Number(value);
    if (!(n > 0 && n < 1))
      throw new UsageError(messages(lang).badRetention(neutralizeInline(value)));
    return n;
  };
}

/**
 * Builds the commander program. Actions only normalise options and call a
 * command function, imported on demand so `--help` loads almost nothing.
 */
export function buildProgram(
  io: CommandIO,
  lang: Lang,
  setExit: (code: ExitCode) => void,
): Command {
  const h = helpText[lang];
  const program = new Command('cs-interview')
    .description(h.program)
    .version(packageJson.version, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand(false)
    .addHelpText(
      'after',
      () => `\n${h.exitCodes}\n${dataDirHelp[lang](dataDir(io.env, process.platform, homedir()))}`,
    )
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Commander quotes what the user typed ("unknown command 'x'"): keep it inert.
      writeErr: (s) => io.stderr.write(neutralize(translateCommanderError(lang, s))),
    })
    .configureHelp({ styleTitle: (title) => helpTitle(lang, title) })
    .exitOverride()
    .showHelpAfterError(lang === 'zh' ? '（用 --help 查看用法）' : '(add --help for usage)');

  // validate and init name their bank as an argument, so --bank is for the others.
  const withLangAndColor = (cmd: Command) =>
    cmd
      .addOption(new Option('--lang <lang>', h.lang))
      .option('--no-color', h.noColor)
      .helpOption('-h, --help', h.help);
  const withCommon = (cmd: Command) => withLangAndColor(cmd.option('--bank <path>', h.bank));
  const withTiming = (cmd: Command) =>
    cmd
      .option('--time <seconds>', h.time, positiveInt('--time', lang))
      .option('--no-timer', h.noTimer)
      .option('--oral', h.oral)
      .option('--speak', h.speak)
      .option('--no-save', h.noSave)
      .option('--no-follow-ups', h.noFollowUps);
  const run = async (load: () => Promise<ExitCode>) => setExit(await load());

  const interview = (raw: RawInterview) => ({
    ...common(raw, io.env),
    time: raw.time,
    timer: raw.timer !== false,
    // Reading the question aloud is for answering aloud: --speak is --oral too.
    oral: raw.oral === true || raw.speak === true,
    speak: raw.speak === true,
    shuffle: raw.shuffle,
    count: raw.count,
    save: raw.save !== false,
    resume: raw.resume === true,
    followUps: raw.followUps !== false,
  });

  withTiming(withCommon(program.command('practice').description(h.practice)))
    .option('--resume', h.resume)
    .option('--draw', h.draw)
    .action(async (raw: RawInterview) => {
      const { runPractice } = await import('./commands/practice.js');
      await run(() => runPractice({ ...interview(raw), draw: raw.draw === true }, io));
    });

  withTiming(
    withCommon(program.command('drill').description(h.drill).argument('[section]', h.drillArg)),
  )
    .option('--shuffle', h.shuffle)
    .option('--count <n>', h.count, positiveInt('--count', lang))
    .option('--weakest <n>', h.weakest, positiveInt('--weakest', lang))
    .action(async (section: string | undefined, raw: RawInterview & { weakest?: number }) => {
      const { runDrill } = await import('./commands/drill.js');
      await run(() => runDrill(section, { ...interview(raw), weakest: raw.weakest }, io));
    });

  withCommon(
    program
      .command('answers')
      .alias('key')
      .description(h.answers)
      .argument('[section]', h.answersArg),
  )
    .option('--format <format>', h.format, 'text')
    .option('-o, --output <file>', h.output)
    .option('-f, --force', h.force)
    .action(async (section: string | undefined, raw) => {
      const { runAnswers } = await import('./commands/answers.js');
      await run(() =>
        runAnswers(
          {
            ...common(raw, io.env),
            section,
            format: raw.format,
            output: raw.output,
            force: raw.force === true,
          },
          io,
        ),
      );
    });

  withCommon(program.command('list').description(h.list))
    .option('--json', h.json)
    .action(async (raw) => {
      const { runList } = await import('./commands/list.js');
      await run(() => runList({ ...common(raw, io.env), json: raw.json }, io));
    });

  withCommon(program.command('grade').description(h.grade).argument('[file]', h.gradeArg))
    .option('--json', h.json)
    .option('--template', h.template)
    .option('--no-save', h.noSave)
    .action(async (file: string | undefined, raw) => {
      const { runGrade } = await import('./commands/grade.js');
      await run(() =>
        runGrade(
          {
            ...common(raw, io.env),
            file,
            json: raw.json,
            template: raw.template,
            save: raw.save !== false,
          },
          io,
        ),
      );
    });

  withTiming(withCommon(program.command('review').description(h.review)))
    .option('--new <n>', h.newCount, nonNegativeInt('--new', lang))
    .option('--retention <r>', h.retention, retention(lang))
    .action(async (raw: RawInterview & { new?: number; retention?: number }) => {
      const { runReview } = await import('./commands/review.js');
      await run(() => runReview({ ...interview(raw), new: raw.new, retention: raw.retention }, io));
    });

  withCommon(program.command('stats').description(h.stats))
    .option('--json', h.json)
    .option('--retention <r>', h.retention, retention(lang))
    .action(async (raw) => {
      const { runStats } = await import('./commands/stats.js');
      await run(() =>
        runStats({ ...common(raw, io.env), json: raw.json, retention: raw.retention }, io),
      );
    });

  withLangAndColor(
    program.command('validate').description(h.validate).argument('<path...>', h.validateArg),
  )
    .option('--json', h.json)
    .option('--strict', h.strict)
    .action(async (paths: string[], raw: RawCommon & { json?: boolean; strict?: boolean }) => {
      const { runValidate } = await import('./commands/validate.js');
      await run(() =>
        runValidate(
          paths,
          { ...common(raw, io.env), json: raw.json === true, strict: raw.strict === true },
          io,
        ),
      );
    });

  withLangAndColor(program.command('init').description(h.init).argument('<dir>', h.initArg)).action(
    async (dir: string, raw: RawCommon) => {
      const { runInit } = await import('./commands/init.js');
      await run(() => runInit(dir, common(raw, io.env), io));
    },
  );

  // typing: its own help texts (src/typing/help-text.ts), so this edit stays local.
  const th = typingHelp[lang];
  withCommon(program.command('typing').description(th.typing))
    .option('--time <seconds>', th.time, positiveInt('--time', lang))
    .option('--target <n>', th.target)
    .option('--text <file>', th.text)
    .option('--reply', th.reply)
    .option('--no-save', h.noSave)
    .action(async (raw: RawCommon & Record<string, unknown>) => {
      const { runTyping } = await import('./commands/typing.js');
      await run(() =>
        runTyping(
          {
            ...common(raw, io.env),
            time: raw.time as number | undefined,
            target: raw.target as string | undefined,
            text: raw.text as string | undefined,
            reply: raw.reply === true,
            save: raw.save !== false,
          },
          io,
        ),
      );
    });

  const history = withCommon(program.command('history').description(h.history))
    .option('--json', h.json)
    .action(async (raw) => {
      const { runHistory } = await import('./commands/history.js');
      await run(() => runHistory({ ...common(raw, io.env), json: raw.json }, io));
    });
  withCommon(
    history.command('show').description(h.historyShow).argument('<id>', h.historyShowArg),
  ).action(async (id: string, _raw, cmd: Command) => {
    const { runHistoryShow } = await import('./commands/history-show.js');
    await run(() => runHistoryShow(id, common(cmd.optsWithGlobals(), io.env), io));
  });
  withCommon(history.command('clear').description(h.historyClear))
    .option('-y, --yes', h.yes)
    .action(async (_raw, cmd: Command) => {
      const { runHistoryClear } = await import('./commands/history.js');
      const raw = cmd.optsWithGlobals();
      await run(() => runHistoryClear({ ...common(raw, io.env), yes: raw.yes === true }, io));
    });

  return program;
}

/**
 * Runs the CLI and reports how it ended. The only place that decides the
 * exit code: expected errors print one clean message, anything else is a
 * bug and prints its stack.
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  const lang = preferredLang(argv, io.env);
  let code: ExitCode = ExitCode.ok;
  const program = buildProgram(io, lang, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return ExitCode.ok;
      }
      return ExitCode.usage;
    }
    if (error instanceof ExpectedError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    // process.cwd() throws once the folder the shell is in was deleted;
    // anything that resolves a relative path meets it. Not a bug of ours.
    if (isCwdGone(error)) {
      io.stderr.write(`${messages(lang).cwdGone}\n`);
      return ExitCode.usage;
    }
    io.stderr.write(
      `${messages(lang).bugHeader}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return ExitCode.bug;
  }
}

function isCwdGone(error: unknown): boolean {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  return code === 'ENOENT' && syscall === 'uv_cwd';
}

/** Entry point of the binary. Sets the exit code rather than exiting, so output is flushed. */
export async function main(argv: readonly string[]): Promise<void> {
  // `cs-interview answers | head`: the reader left; stop quietly instead of
  // crashing on EPIPE (there is nobody to tell).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  process.exitCode = await runCli(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
