import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Command, CommanderError, type Help, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { chatCommandText } from './chat/command-text.js';
import { nonNegativeInt, positiveInt, retention } from './cli-values.js';
import type { GradeWorkerData } from './commands/grade-class.js';
import {
  type LoadedSettings,
  langNotice,
  loadSettings,
  rememberLangNotice,
} from './config/load-settings.js';
import { configMessages } from './config/messages.js';
import { needsLangNotice } from './config/settings.js';
import { ExpectedError, UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { dataDir } from './store/paths.js';
import { typingHelp } from './typing/help-text.js';
import {
  dataDirHelp,
  helpNames,
  helpText,
  helpTitle,
  helpUsageWord,
  translateCommanderError,
} from './ui/help-text.js';
import { type Lang, messages } from './ui/i18n.js';
import { type CommandIO, type CommonOptions, wrapForTerminal } from './ui/output.js';
import { quizHelp } from './ui/quiz-help.js';
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

/** The value of `--lang` on the command line, before commander has parsed it (help must already be in it). */
function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i]?.includes('=') ? argv[i]?.slice('--lang='.length) : argv[i + 1];
}

/** What every command is run with, once the program-level options are known. */
interface Context {
  io: CommandIO;
  settings: LoadedSettings;
  home: string;
}

function common(raw: RawCommon, context: Context): CommonOptions {
  const lang = raw.lang ?? context.settings.choice.lang;
  if (lang !== 'zh' && lang !== 'en')
    throw new UsageError(messages(context.settings.choice.lang).badLang(neutralizeInline(lang)));
  return { bank: raw.bank, lang, color: raw.color !== false, home: context.home };
}

/** The options of a command merged with the program's (`--lang` may come before the command). */
const optionsOf = (cmd: Command) => cmd.optsWithGlobals();

/**
 * Before any command runs: a bad CS_INTERVIEW_LANG is refused, problems of
 * the settings file are said, and on a first run whose language the locale
 * chose the choice is said once.
 */
function beforeAction(context: Context, action: Command, lang: Lang): void {
  const { io, settings } = context;
  const env = io.env.CS_INTERVIEW_LANG;
  if (
    settings.choice.source !== 'flag' &&
    env !== undefined &&
    env !== '' &&
    env !== 'zh' &&
    env !== 'en'
  )
    throw new UsageError(configMessages(lang).badEnv(neutralizeInline(env)));
  for (const warning of settings.warnings) io.stderr.write(`${neutralize(warning)}\n`);
  const isConfig = action.name() === 'config' || action.parent?.name() === 'config';
  if (!isConfig && needsLangNotice(settings.choice, settings.values)) {
    io.stderr.write(`${neutralize(langNotice(settings.choice))}\n`);
    rememberLangNotice(context.home, settings.values);
  }
}

/**
 * Builds the commander program. Actions only normalise options and call a
 * command function, imported on demand so `--help` loads almost nothing.
 * `--bank`, `--lang` and `--no-color` belong to the program, so they work
 * before the command and after it; each action reads them merged.
 */
export function buildProgram(
  context: Context,
  lang: Lang,
  setExit: (code: ExitCode) => void,
  layout: Partial<Pick<Help, 'displayWidth' | 'boxWrap'>> = {},
): Command {
  const { io } = context;
  const h = helpText[lang];
  const names = helpNames[lang];
  const program = new Command('cs-interview')
    .description(h.program)
    .version(packageJson.version, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand(false)
    .option(`--bank ${names.bank}`, h.bank)
    .addOption(new Option(`--lang ${names.lang}`, h.lang))
    .option('--no-color', h.noColor)
    .addHelpText('after', () => `\n${h.exitCodes}\n${dataDirHelp[lang](context.home)}`)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Commander quotes what the user typed ("unknown command 'x'"): keep it inert.
      writeErr: (s) => io.stderr.write(neutralize(translateCommanderError(lang, s))),
    })
    .configureHelp({
      ...layout,
      showGlobalOptions: true,
      styleTitle: (title) => helpTitle(lang, title),
      styleOptionText: (word) => helpUsageWord(lang, word),
      styleSubcommandText: (word) => helpUsageWord(lang, word),
    })
    .exitOverride()
    .showHelpAfterError(lang === 'zh' ? '（用 --help 查看用法）' : '(add --help for usage)')
    .hook('preAction', (_program, action) => beforeAction(context, action, lang));

  const command = (name: string, description: string) =>
    program.command(name).description(description).helpOption('-h, --help', h.help);
  const withTiming = (cmd: Command) =>
    cmd
      .option(`--time ${names.seconds}`, h.time, positiveInt('--time', lang))
      .option('--no-timer', h.noTimer)
      .option('--oral', h.oral)
      .option('--speak', h.speak)
      .option('--no-save', h.noSave)
      .option('--no-follow-ups', h.noFollowUps);
  const run = async (load: () => Promise<ExitCode>) => setExit(await load());
  // validate and init name their bank as an argument: a --bank there would be ignored.
  const noBank = (raw: RawCommon, name: string) => {
    if (raw.bank !== undefined) throw new UsageError(messages(lang).noBankOption(name));
  };

  const interview = (raw: RawInterview) => ({
    ...common(raw, context),
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

  withTiming(command('practice', h.practice))
    .option('--resume', h.resume)
    .option('--draw', h.draw)
    .action(async (_raw, cmd: Command) => {
      const { runPractice } = await import('./commands/practice.js');
      const raw = optionsOf(cmd);
      await run(() => runPractice({ ...interview(raw), draw: raw.draw === true }, io));
    });

  withTiming(command('drill', h.drill).argument(`[${names.section}]`, h.drillArg))
    .option('--shuffle', h.shuffle)
    .option(`--count ${names.n}`, h.count, positiveInt('--count', lang))
    .option(`--weakest ${names.n}`, h.weakest, positiveInt('--weakest', lang))
    .action(async (section: string | undefined, _raw, cmd: Command) => {
      const { runDrill } = await import('./commands/drill.js');
      const raw = optionsOf(cmd);
      await run(() => runDrill(section, { ...interview(raw), weakest: raw.weakest }, io));
    });

  command('answers', h.answers)
    .alias('key')
    .argument(`[${names.section}]`, h.answersArg)
    .option(`--format ${names.format}`, h.format)
    .option(`-o, --output ${names.file}`, h.output)
    .option('-f, --force', h.force)
    .action(async (section: string | undefined, _raw, cmd: Command) => {
      const { runAnswers } = await import('./commands/answers.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runAnswers(
          {
            ...common(raw, context),
            section,
            format: raw.format ?? 'text',
            output: raw.output,
            force: raw.force === true,
          },
          io,
        ),
      );
    });

  command('list', h.list)
    .option('--json', h.json)
    .action(async (_raw, cmd: Command) => {
      const { runList } = await import('./commands/list.js');
      const raw = optionsOf(cmd);
      await run(() => runList({ ...common(raw, context), json: raw.json }, io));
    });

  command('grade', h.grade)
    .argument(`[${names.files}...]`, h.gradeArg)
    .option('--json', h.json)
    .option(`--format ${names.format}`, h.gradeFormat)
    .option('--template', h.template)
    .option('--no-save', h.noSave)
    .action(async (files: string[], _raw, cmd: Command) => {
      const { runGrade } = await import('./commands/grade.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runGrade(
          {
            ...common(raw, context),
            files,
            json: raw.json,
            format: raw.format,
            template: raw.template,
            save: raw.save !== false,
          },
          io,
        ),
      );
    });

  withTiming(command('review', h.review))
    .option(`--new ${names.n}`, h.newCount, nonNegativeInt('--new', lang))
    .option(`--retention ${names.r}`, h.retention, retention(lang))
    .action(async (_raw, cmd: Command) => {
      const { runReview } = await import('./commands/review.js');
      const raw = optionsOf(cmd);
      await run(() => runReview({ ...interview(raw), new: raw.new, retention: raw.retention }, io));
    });

  // quiz: its own help texts (src/ui/quiz-help.ts), so this edit stays local.
  const q = quizHelp[lang];
  command('quiz', q.quiz)
    .argument(`[${names.section}]`, q.section)
    .option(`--count ${names.n}`, h.count, positiveInt('--count', lang))
    .option('--shuffle', h.shuffle)
    .option(`--time ${names.seconds}`, q.time, positiveInt('--time', lang))
    .option(`--total ${names.seconds}`, q.total, positiveInt('--total', lang))
    .option('--no-timer', h.noTimer)
    .option('--no-save', h.noSave)
    .action(async (section: string | undefined, _raw, cmd: Command) => {
      const { runQuiz } = await import('./commands/quiz.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runQuiz(
          {
            ...common(raw, context),
            section,
            count: raw.count as number | undefined,
            shuffle: raw.shuffle === true,
            time: raw.time as number | undefined,
            total: raw.total as number | undefined,
            timer: raw.timer !== false,
            save: raw.save !== false,
          },
          io,
        ),
      );
    });

  // chat (#14): its texts live with the chat code, so this edit stays local.
  const chatHelp = chatCommandText[lang];
  command('chat', chatHelp.description)
    .argument(`[${chatHelp.argName}]`, chatHelp.arg)
    .option('--no-save', h.noSave)
    .action(async (scenario: string | undefined, _raw, cmd: Command) => {
      const { runChat } = await import('./commands/chat.js');
      const raw = optionsOf(cmd);
      await run(() => runChat(scenario, { ...common(raw, context), save: raw.save !== false }, io));
    });

  command('stats', h.stats)
    .option('--json', h.json)
    .option(`--retention ${names.r}`, h.retention, retention(lang))
    .action(async (_raw, cmd: Command) => {
      const { runStats } = await import('./commands/stats.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runStats({ ...common(raw, context), json: raw.json, retention: raw.retention }, io),
      );
    });

  command('validate', h.validate)
    .argument(`<${names.paths}...>`, h.validateArg)
    .option('--json', h.json)
    .option('--strict', h.strict)
    .action(async (paths: string[], _raw, cmd: Command) => {
      const { runValidate } = await import('./commands/validate.js');
      const raw = optionsOf(cmd);
      noBank(raw, 'validate');
      await run(() =>
        runValidate(
          paths,
          { ...common(raw, context), json: raw.json === true, strict: raw.strict === true },
          io,
        ),
      );
    });

  command('init', h.init)
    .argument(`<${names.dir}>`, h.initArg)
    .action(async (dir: string, _raw, cmd: Command) => {
      const { runInit } = await import('./commands/init.js');
      const raw = optionsOf(cmd);
      noBank(raw, 'init');
      await run(() => runInit(dir, common(raw, context), io));
    });

  // typing: its own help texts (src/typing/help-text.ts), so this edit stays local.
  const th = typingHelp[lang];
  command('typing', th.typing)
    .option(`--time ${names.seconds}`, th.time, positiveInt('--time', lang))
    .option(`--target ${lang === 'zh' ? '<字/分>' : '<n>'}`, th.target)
    .option(`--text ${names.file}`, th.text)
    .option('--reply', th.reply)
    .option('--no-save', h.noSave)
    .action(async (_raw, cmd: Command) => {
      const { runTyping } = await import('./commands/typing.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runTyping(
          {
            ...common(raw, context),
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

  const history = command('history', h.history)
    .option('--json', h.json)
    .action(async (_raw, cmd: Command) => {
      const { runHistory } = await import('./commands/history.js');
      const raw = optionsOf(cmd);
      await run(() => runHistory({ ...common(raw, context), json: raw.json }, io));
    });
  history
    .command('show')
    .description(h.historyShow)
    .helpOption('-h, --help', h.help)
    .argument(lang === 'zh' ? '<编号>' : '<id>', h.historyShowArg)
    .action(async (id: string, _raw, cmd: Command) => {
      const { runHistoryShow } = await import('./commands/history-show.js');
      await run(() => runHistoryShow(id, common(optionsOf(cmd), context), io));
    });
  history
    .command('clear')
    .description(h.historyClear)
    .helpOption('-h, --help', h.help)
    .option('-y, --yes', h.yes)
    .action(async (_raw, cmd: Command) => {
      const { runHistoryClear } = await import('./commands/history.js');
      const raw = optionsOf(cmd);
      await run(() => runHistoryClear({ ...common(raw, context), yes: raw.yes === true }, io));
    });

  addConfigCommands(command('config', h.config).helpCommand(false), context, lang, setExit);
  return program;
}

function addConfigCommands(
  config: Command,
  context: Context,
  lang: Lang,
  setExit: (code: ExitCode) => void,
): void {
  const h = helpText[lang];
  const names = helpNames[lang];
  const sub = (name: string, description: string) =>
    config.command(name).description(description).helpOption('-h, --help', h.help);
  const run = async (
    cmd: Command,
    action: (
      m: typeof import('./commands/config.js'),
      options: { lang: Lang; home: string },
    ) => ExitCode,
  ) => {
    const module = await import('./commands/config.js');
    setExit(action(module, { lang: common(optionsOf(cmd), context).lang, home: context.home }));
  };
  const key = `<${names.key}>`;
  sub('set', h.configSet)
    .argument(key, h.configKey)
    .argument(`<${names.value}>`, h.configValue)
    .action((k: string, v: string, _raw, cmd: Command) =>
      run(cmd, (m, o) => m.runConfigSet(k, v, o, context.io)),
    );
  sub('get', h.configGet)
    .argument(key, h.configKey)
    .action((k: string, _raw, cmd: Command) =>
      run(cmd, (m, o) => m.runConfigGet(k, o, context.io)),
    );
  sub('unset', h.configUnset)
    .argument(key, h.configKey)
    .action((k: string, _raw, cmd: Command) =>
      run(cmd, (m, o) => m.runConfigUnset(k, o, context.io)),
    );
  sub('list', h.configList).action((_raw, cmd: Command) =>
    run(cmd, (m, o) => m.runConfigList(o, context.io)),
  );
}

/**
 * Runs the CLI and reports how it ended. The only place that decides the
 * exit code: expected errors print one clean message, anything else is a
 * bug and prints its stack.
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  const home = dataDir(io.env, process.platform, homedir());
  const settings = loadSettings(langFlag(argv), io.env, home);
  const lang = settings.choice.lang;
  let code: ExitCode = ExitCode.ok;
  const layout = showsHelp(argv) ? (await import('./ui/help-layout.js')).helpLayout : {};
  const program = buildProgram(
    { io, settings, home },
    lang,
    (c) => {
      code = c;
    },
    layout,
  );
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
      io.stderr.write(`${wrapForTerminal(io.stderr, error.message)}\n`);
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

/** Whether commander will print help: asked for, no command given, or `config` alone. */
function showsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  // The words that are not options, nor the values of the program's options.
  const words = options.filter(
    (a, i) => !a.startsWith('-') && options[i - 1] !== '--lang' && options[i - 1] !== '--bank',
  );
  return (
    words.length === 0 ||
    (words.length === 1 && words[0] === 'config') ||
    options.includes('-h') ||
    options.includes('--help')
  );
}

function isCwdGone(error: unknown): boolean {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  return code === 'ENOENT' && syscall === 'uv_cwd';
}

/** Entry point of the binary. Sets the exit code rather than exiting, so output is flushed. */
export async function main(argv: readonly string[]): Promise<void> {
  // A worker thread `grade` started on this same binary to grade its share of a class.
  if (!isMainThread && (workerData as GradeWorkerData | null)?.csInterviewGradeWorker) {
    const { runGradeWorker } = await import('./commands/grade-class.js');
    await runGradeWorker(workerData as GradeWorkerData, (m) => parentPort?.postMessage(m));
    return;
  }
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
    workerEntry: fileURLToPath(new URL('../bin/cs-interview.js', import.meta.url)),
  });
}
