/**
 * The commander program: the options every command shares, the checks made
 * before any command runs, and the builder the command files
 * (`*-commands.ts`) add their commands with. Actions only normalise options
 * and call a command function, imported on demand so `--help` loads almost
 * nothing.
 */

import { Command, type Help, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { CommandIO, CommonOptions } from '../commands/command-io.js';
import { type LoadedSettings, langNotice, rememberLangNotice } from '../config/load-settings.js';
import { configMessages } from '../config/messages.js';
import { needsLangNotice } from '../config/settings.js';
import { UsageError } from '../errors.js';
import type { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import { neutralize, neutralizeInline } from '../neutralize.js';
import { bankCacheDir } from '../store/paths.js';
import {
  dataDirHelp,
  helpNames,
  helpText,
  helpTitle,
  helpUsageWord,
  translateCommanderError,
} from '../ui/help-text.js';
import { messages } from '../ui/i18n.js';
import { wrapForTerminal } from '../ui/output.js';
import { addAnswers, addGrade, addInit, addList, addValidate } from './bank-commands.js';
import { COMMAND_NAMES, type CommandName } from './command-names.js';
import { addDrill, addPractice, addReview } from './interview-commands.js';
import { addConfig, addHistory, addStats } from './record-commands.js';
import { addChat, addQuiz, addTyping } from './training-commands.js';

export interface RawCommon {
  bank?: string;
  lang?: string;
  color?: boolean;
}

export interface RawInterview extends RawCommon {
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

/** What every command is run with, once the program-level options are known. */
export interface Context {
  io: CommandIO;
  settings: LoadedSettings;
  home: string;
}

function common(raw: RawCommon, context: Context): CommonOptions {
  const lang = raw.lang ?? context.settings.choice.lang;
  if (lang !== 'zh' && lang !== 'en')
    throw new UsageError(messages(context.settings.choice.lang).badLang(neutralizeInline(lang)));
  const cache = bankCacheDir(context.home, context.io.env);
  return {
    bank: raw.bank,
    lang,
    color: raw.color !== false,
    home: context.home,
    ...(cache === undefined ? {} : { cache }),
  };
}

/** The options of a command merged with the program's (`--lang` may come before the command). */
export const optionsOf = (cmd: Command) => cmd.optsWithGlobals();

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
  // Wrapped on a terminal as errors are, so that the command a notice gives stays whole.
  const note = (text: string) =>
    io.stderr.write(`${wrapForTerminal(io.stderr, neutralize(text))}\n`);
  for (const warning of settings.warnings) note(warning);
  const isConfig = action.name() === 'config' || action.parent?.name() === 'config';
  if (!isConfig && needsLangNotice(settings.choice, settings.values)) {
    note(langNotice(settings.choice));
    rememberLangNotice(context.home, settings.values);
  }
}

/** What a command file needs to add its commands: the program's context, texts and helpers. */
export interface Builder {
  context: Context;
  io: CommandIO;
  lang: Lang;
  h: (typeof helpText)[Lang];
  names: (typeof helpNames)[Lang];
  /** A new command of the program, with the help option in the user's language. */
  command(name: string, description: string): Command;
  /** Runs a command function and keeps the exit code it returns. */
  run(load: () => Promise<ExitCode>): Promise<void>;
  /** The shared options, checked (`--lang`), with the data folder. */
  common(raw: RawCommon): CommonOptions;
  /** validate and init name their bank as an argument: a --bank there would be ignored. */
  noBank(raw: RawCommon, name: string): void;
  setExit(code: ExitCode): void;
}

/**
 * Builds the commander program. `--bank`, `--lang` and `--no-color` belong
 * to the program, so they work before the command and after it; each
 * action reads them merged.
 */
export function buildProgram(
  context: Context,
  lang: Lang,
  setExit: (code: ExitCode) => void,
  layout: Partial<Pick<Help, 'displayWidth' | 'boxWrap'>> = {},
  only?: string,
): Command {
  const { io } = context;
  const h = helpText[lang];
  const names = helpNames[lang];
  const program = newProgram(context, lang, layout);
  const b: Builder = {
    context,
    io,
    lang,
    h,
    names,
    command: (name, description) =>
      program.command(name).description(description).helpOption('-h, --help', h.help),
    run: async (load) => setExit(await load()),
    common: (raw) => common(raw, context),
    noBank: (raw, name) => {
      if (raw.bank !== undefined) throw new UsageError(messages(lang).noBankOption(name));
    },
    setExit,
  };
  // A run of one known command gets that command alone: the others' options and help texts
  // are built only for help and for a word that names none (commander's suggestions need them).
  const known = only !== undefined && COMMANDS.some(([name]) => name === only);
  for (const [name, add] of COMMANDS) if (!known || name === only) add(b);
  return program;
}

/** What adds each command. */
const ADDERS: Record<CommandName, (b: Builder) => void> = {
  practice: addPractice,
  drill: addDrill,
  answers: addAnswers,
  list: addList,
  grade: addGrade,
  review: addReview,
  quiz: addQuiz,
  chat: addChat,
  stats: addStats,
  validate: addValidate,
  init: addInit,
  typing: addTyping,
  history: addHistory,
  config: addConfig,
};

/** Each command by its name, in this order in the help. */
const COMMANDS = COMMAND_NAMES.map((name) => [name, ADDERS[name]] as const);

/** The program without its commands: its name, version, shared options, help and output. */
function newProgram(
  context: Context,
  lang: Lang,
  layout: Partial<Pick<Help, 'displayWidth' | 'boxWrap'>>,
): Command {
  const { io } = context;
  const h = helpText[lang];
  const names = helpNames[lang];
  return new Command('cs-interview')
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
}
