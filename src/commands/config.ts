import {
  type ConfigProblem,
  type ConfigValues,
  ConfigWriteRefused,
  configPath,
  readConfig,
  writeConfig,
} from '../config/config-file.js';
import { configMessages } from '../config/messages.js';
import { isSettingKey, SETTINGS, type SettingKey } from '../config/settings.js';
import { ExpectedError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { neutralizeInline } from '../neutralize.js';
import { errorCode } from '../store/store-error.js';
import { writeLine } from '../ui/output.js';
import type { CommandIO, CommonOptions } from './command-io.js';

export interface ConfigOptions extends Pick<CommonOptions, 'lang'> {
  /** The data folder, where `config.json` lives beside the history. */
  home: string;
}

const KEYS = Object.keys(SETTINGS) as SettingKey[];

function requireKey(key: string, options: ConfigOptions): SettingKey {
  if (!isSettingKey(key))
    throw new UsageError(
      configMessages(options.lang).unknownKey(neutralizeInline(key), KEYS.join(', ')),
    );
  return key;
}

/** The saved values; a file that cannot be read is an I/O failure here, where it was asked for. */
function current(options: ConfigOptions): ConfigValues {
  const read = readConfig(options.home);
  if (!read.ok && read.problem.kind !== 'notJson')
    throw new ExpectedError(
      configMessages(options.lang).ignored(read.path, read.problem),
      ExitCode.io,
    );
  return read.ok ? read.values : {};
}

function save(values: ConfigValues, options: ConfigOptions): void {
  try {
    writeConfig(options.home, values);
  } catch (error) {
    let problem: ConfigProblem;
    if (error instanceof ConfigWriteRefused) problem = error.problem;
    else {
      const code = errorCode(error);
      if (code === undefined) throw error;
      problem = code === 'ELOOP' ? { kind: 'symlink' } : { kind: 'system', code };
    }
    throw new ExpectedError(
      configMessages(options.lang).writeFailed(configPath(options.home), problem),
      ExitCode.io,
    );
  }
}

/** `config set KEY VALUE`: saves a setting (only the values it takes). */
export function runConfigSet(
  key: string,
  value: string,
  options: ConfigOptions,
  io: CommandIO,
): ExitCode {
  const name = requireKey(key, options);
  const choices: readonly string[] = SETTINGS[name];
  if (!choices.includes(value))
    throw new UsageError(
      configMessages(options.lang).badValue(name, neutralizeInline(value), choices),
    );
  save({ ...current(options), [name]: value }, options);
  writeLine(io.stdout, configMessages(options.lang).saved(name, value, configPath(options.home)));
  return ExitCode.ok;
}

/** `config unset KEY`: forgets a setting, so the default applies again. */
export function runConfigUnset(key: string, options: ConfigOptions, io: CommandIO): ExitCode {
  const name = requireKey(key, options);
  const { [name]: _gone, ...rest } = current(options);
  save(rest, options);
  writeLine(io.stdout, configMessages(options.lang).removed(name, configPath(options.home)));
  return ExitCode.ok;
}

/** `config get KEY`: the saved value alone on standard output; nothing (and a note) when unset. */
export function runConfigGet(key: string, options: ConfigOptions, io: CommandIO): ExitCode {
  const name = requireKey(key, options);
  const value = current(options)[name];
  if (typeof value === 'string') writeLine(io.stdout, neutralizeInline(value));
  else writeLine(io.stderr, configMessages(options.lang).notSet(name));
  return ExitCode.ok;
}

/** `config list`: every saved setting as `key=value`, one a line. */
export function runConfigList(options: ConfigOptions, io: CommandIO): ExitCode {
  const values = current(options);
  for (const key of KEYS) {
    const value = values[key];
    if (typeof value === 'string') writeLine(io.stdout, `${key}=${neutralizeInline(value)}`);
  }
  return ExitCode.ok;
}
