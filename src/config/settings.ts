/**
 * The settings a user can save (`cs-interview config set KEY VALUE`) and how
 * the interface language is chosen from them, the environment and the locale.
 * Pure: the file's values and the environment are passed in.
 */

import type { Lang } from '../lang.js';
import type { ConfigValues } from './config-file.js';

/** The keys `config set` accepts, each with the values it takes. */
export const SETTINGS = { lang: ['zh', 'en'] } as const satisfies Record<string, readonly string[]>;
export type SettingKey = keyof typeof SETTINGS;

/** Set in the file once the first-run note about the language has been shown. */
export const LANG_NOTICE_KEY = 'lang_notice_shown';

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Where the language came from, strongest first. */
export type LangSource = 'flag' | 'env' | 'config' | 'locale';

export interface LangChoice {
  lang: Lang;
  source: LangSource;
  /** The locale it was read from, when `source` is `locale` and one was set. */
  locale?: string;
}

/** The locale the program reads, as POSIX orders the variables. */
export function localeOf(env: NodeJS.ProcessEnv): string {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
}

/**
 * The language: `--lang`, else `CS_INTERVIEW_LANG`, else the saved setting,
 * else the locale (English for an English locale, Chinese otherwise). Values
 * that are not a language are skipped here; the CLI refuses a bad `--lang`
 * and a bad `CS_INTERVIEW_LANG` itself, with a message.
 */
export function chooseLang(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  config: ConfigValues,
): LangChoice {
  if (isLang(flag)) return { lang: flag, source: 'flag' };
  if (isLang(env.CS_INTERVIEW_LANG)) return { lang: env.CS_INTERVIEW_LANG, source: 'env' };
  if (isLang(config.lang)) return { lang: config.lang, source: 'config' };
  const locale = localeOf(env);
  return { lang: /^en([_.@-]|$)/i.test(locale) ? 'en' : 'zh', source: 'locale', locale };
}

/**
 * Whether the first run should say which language it chose: only when the
 * locale decided it and names a language other than Chinese (`C`, `POSIX`
 * and no locale at all choose nothing), and the note was not shown before.
 */
export function needsLangNotice(choice: LangChoice, config: ConfigValues): boolean {
  if (choice.source !== 'locale' || config[LANG_NOTICE_KEY] === true) return false;
  const language = (choice.locale ?? '').split(/[_.@-]/)[0]?.toLowerCase() ?? '';
  return language !== '' && language !== 'c' && language !== 'posix' && language !== 'zh';
}
