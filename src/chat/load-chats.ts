/**
 * Reads the chat scenarios of a bank: the files in its `chat/` folder
 * (`*.yaml`, `*.yml`, in name order), and the bank file beside the sections
 * for the concepts and red flags. A folder of its own because the section
 * reader reads every `*.yaml` of the bank folder as a section. Every problem
 * of every file is reported at once, with file:line:col, as `BankError`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BANK_FILE, lineOf, readBankFile } from '../bank/bank-file.js';
import type { ChatScenario } from '../bank/chat-types.js';
import { displayPath, MAX_FILE_BYTES } from '../bank/load-bank.js';
import { type Messages, messagesFor } from '../bank/messages.js';
import { quote } from '../bank/quote.js';
import { pathLocator, placeIssues, readYamlDocument } from '../bank/read-section.js';
import type { BankFile, BankIssue, Question } from '../bank/types.js';
import { BankError } from '../errors.js';
import type { Lang } from '../lang.js';
import { chatFiles } from './chat-files.js';
import { buildMatchers } from './chat-matcher.js';
import { chatMessagesFor } from './chat-messages.js';
import { checkChatFile } from './check-scenarios.js';
import { checkReferences } from './scenario-play.js';

export { CHAT_FOLDER, chatFiles } from './chat-files.js';

export interface LoadedScenario {
  scenario: ChatScenario;
  /**
   * Its matchers by language, built on first use: preparing the red flags of
   * every scenario costs far more than reading them, and a run plays one.
   */
  readonly matchers: Partial<Record<Lang, Question>>;
}

export interface ChatBank {
  /** In file order, then as listed. */
  scenarios: LoadedScenario[];
  /** The chat files read. */
  files: string[];
}

async function bankFileOf(
  bankPath: string,
  lang: Lang,
  issues: BankIssue[],
): Promise<BankFile | undefined> {
  const folder = statSync(bankPath, { throwIfNoEntry: false })?.isDirectory()
    ? bankPath
    : dirname(bankPath);
  const name = readdirSync(folder).find((n) => BANK_FILE.test(n));
  if (name === undefined) return undefined;
  const path = join(folder, name);
  const read = await readBankFile(readFileSync(path, 'utf8'), displayPath(path), messagesFor(lang));
  issues.push(...read.issues);
  return read.bankFile;
}

/**
 * Reads and checks every scenario of a bank; throws `BankError` with every
 * problem. With `verify` (validate), also builds every matcher and plays each
 * reference through its scenario; without, a scenario's matchers are built
 * when it is played, and a concept it names that does not exist is reported
 * then. With `titlesOnly`, the scenarios are for listing: no matcher is
 * asked for, so the bank file is not read.
 */
export async function loadChats(
  bankPath: string,
  lang: Lang,
  options: { verify?: boolean; titlesOnly?: boolean } = {},
): Promise<ChatBank> {
  const issues: BankIssue[] = [];
  const files = existsSync(bankPath) ? chatFiles(bankPath) : [];
  // What only lists scenarios (stats, review) needs no concepts: the bank file is not read.
  const bankFile =
    files.length > 0 && options.titlesOnly !== true
      ? await bankFileOf(bankPath, lang, issues)
      : undefined;
  const scenarios: LoadedScenario[] = [];
  const firstIn = new Map<string, string>();
  for (const path of files) {
    const file = displayPath(path);
    const read = await readChatFile(path, file, lang, bankFile, options.verify === true);
    issues.push(...read.issues);
    for (const loaded of read.scenarios) {
      const first = firstIn.get(loaded.scenario.id);
      if (first !== undefined) {
        const message = chatMessagesFor(lang).duplicateScenario(quote(loaded.scenario.id), first);
        issues.push({
          file,
          line: lineOf(read.text, `id: ${loaded.scenario.id}`),
          col: 1,
          message,
        });
      } else firstIn.set(loaded.scenario.id, file);
      scenarios.push(loaded);
    }
  }
  if (issues.length > 0) throw new BankError(issues);
  return { scenarios, files: files.map((f) => displayPath(f)) };
}

async function readChatFile(
  path: string,
  file: string,
  lang: Lang,
  bankFile: BankFile | undefined,
  verify: boolean,
): Promise<{ scenarios: LoadedScenario[]; issues: BankIssue[]; text: string }> {
  const msg = messagesFor(lang);
  const fail = (message: string) => ({
    scenarios: [],
    issues: [{ file, line: 1, col: 1, message }],
    text: '',
  });
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) return fail(msg.notRegularFile());
  if (stats.size > MAX_FILE_BYTES)
    return fail(msg.tooLarge((stats.size / 1048576).toFixed(1), MAX_FILE_BYTES / 1048576));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return fail(msg.notUtf8());
  }
  // The bank's one reader: plain values, yaml only where a text is suspect or to place issues.
  const read = readYamlDocument(text, file, msg);
  if ('issues' in read) return { scenarios: [], issues: read.issues, text };
  const { value } = read;
  const locate = pathLocator(text);
  const checked = checkChatFile(value, file, lang);
  const issues: BankIssue[] = placeIssues(checked.issues, file, locate);
  const listed = (value as { questions?: { id?: unknown }[] }).questions ?? [];
  const scenarios = checked.scenarios.map((scenario): LoadedScenario => {
    const at = listed.findIndex((q) => q?.id === scenario.id);
    const source = { file, text, bankFile, msg };
    const { loaded, build } = loadedScenario(scenario, at, source, verify);
    if (verify) {
      const found = build().issues;
      issues.push(...found);
      if (found.length === 0)
        issues.push(...placeIssues(checkReferences(loaded, lang, ['questions', at]), file, locate));
    }
    return loaded;
  });
  return { scenarios, issues, text };
}

/**
 * A checked scenario with its matchers built on first use, from the file it
 * is in (`at`: its index there, for the issues' paths). Unverified, a matcher
 * that cannot be built throws at play time, said as validate would say it.
 */
function loadedScenario(
  scenario: ChatScenario,
  at: number,
  source: { file: string; text: string; bankFile: BankFile | undefined; msg: Messages },
  verify: boolean,
): { loaded: LoadedScenario; build: () => ReturnType<typeof buildMatchers> } {
  const { file, text, bankFile, msg } = source;
  let built: ReturnType<typeof buildMatchers> | undefined;
  const build = () => {
    built ??= buildMatchers(
      scenario,
      bankFile,
      msg,
      (f, needle) => lineOf(f === file ? text : '', needle),
      `questions[${at}]`,
    );
    if (!verify && built.issues.length > 0) throw new BankError(built.issues);
    return built;
  };
  const loaded: LoadedScenario = {
    scenario,
    get matchers() {
      return build().matchers;
    },
  };
  return { loaded, build };
}

/** For `validate`: how many chat files a bank has, and every problem in them. */
export async function checkChats(
  bankPath: string,
  lang: Lang,
): Promise<{ files: number; errors: BankIssue[] }> {
  const files = existsSync(bankPath) ? chatFiles(bankPath).length : 0;
  if (files === 0) return { files, errors: [] };
  try {
    await loadChats(bankPath, lang, { verify: true });
    return { files, errors: [] };
  } catch (error) {
    if (error instanceof BankError) return { files, errors: error.issues };
    throw error;
  }
}
