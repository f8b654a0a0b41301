/**
 * Reads the saved settings at start-up and chooses the language from them,
 * the environment and the locale; a file that cannot be used is reported
 * and the run goes on without it.
 */

import type { Lang } from '../lang.js';
import { type ConfigValues, configPath, readConfig, writeConfig } from './config-file.js';
import { configMessages } from './messages.js';
import { chooseLang, LANG_NOTICE_KEY, type LangChoice, SETTINGS } from './settings.js';

export interface LoadedSettings {
  choice: LangChoice;
  /** The file's values (empty when it is missing or cannot be used). */
  values: ConfigValues;
  /** What to tell the user about the file, in the chosen language. */
  warnings: string[];
}

export function loadSettings(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  dir: string,
): LoadedSettings {
  const read = readConfig(dir);
  const values = read.ok ? read.values : {};
  const choice = chooseLang(flag, env, values);
  const m = configMessages(choice.lang);
  const warnings: string[] = [];
  if (!read.ok) warnings.push(m.ignored(read.path, read.problem));
  const saved = values.lang;
  if (saved !== undefined && !(SETTINGS.lang as readonly unknown[]).includes(saved)) {
    warnings.push(m.ignoredValue(configPath(dir), 'lang', String(saved), SETTINGS.lang));
  }
  return { choice, values, warnings };
}

/**
 * Records that the first-run note was shown, so it is said once. Best
 * effort: a data folder that cannot be written only means the note comes
 * again; the command itself must not fail for it.
 */
export function rememberLangNotice(dir: string, values: ConfigValues): void {
  try {
    writeConfig(dir, { ...values, [LANG_NOTICE_KEY]: true });
  } catch {
    // Said again next time; nothing else depends on it.
  }
}

/** The first-run note, one line. */
export function langNotice(choice: LangChoice): string {
  return configMessages(choice.lang as Lang).langNotice(choice.lang, choice.locale ?? '');
}
