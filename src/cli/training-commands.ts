/**
 * The other drills: `quiz`, `chat` and `typing`, each with help texts of its
 * own beside its code, so that editing one stays local.
 */

import type { Command } from 'commander';
import { chatCommandText } from '../chat/command-text.js';
import { typingHelp } from '../typing/help-text.js';
import { quizHelp } from '../ui/quiz-help.js';
import { type Builder, optionsOf } from './program.js';
import { positiveInt } from './values.js';

export function addQuiz(b: Builder): void {
  const { command, run, common, lang, h, names, io } = b;
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
      const { runQuiz } = await import('../commands/quiz.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runQuiz(
          {
            ...common(raw),
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
}

export function addChat(b: Builder): void {
  const { command, run, common, lang, h, io } = b;
  // chat (#14): its texts live with the chat code, so this edit stays local.
  const chatHelp = chatCommandText[lang];
  command('chat', chatHelp.description)
    .argument(`[${chatHelp.argName}]`, chatHelp.arg)
    .option('--no-save', h.noSave)
    .action(async (scenario: string | undefined, _raw, cmd: Command) => {
      const { runChat } = await import('../commands/chat.js');
      const raw = optionsOf(cmd);
      await run(() => runChat(scenario, { ...common(raw), save: raw.save !== false }, io));
    });
}

export function addTyping(b: Builder): void {
  const { command, run, common, lang, h, names, io } = b;
  // typing: its own help texts (src/typing/help-text.ts), so this edit stays local.
  const th = typingHelp[lang];
  command('typing', th.typing)
    .option(`--time ${names.seconds}`, th.time, positiveInt('--time', lang))
    .option(`--target ${lang === 'zh' ? '<字/分>' : '<n>'}`, th.target)
    .option(`--text ${names.file}`, th.text)
    .option('--reply', th.reply)
    .option('--no-save', h.noSave)
    .action(async (_raw, cmd: Command) => {
      const { runTyping } = await import('../commands/typing.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runTyping(
          {
            ...common(raw),
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
}
