/**
 * The interview commands, `practice`, `drill` and `review`: the timing
 * options they share and how their options become an interview's.
 */

import type { Command } from 'commander';
import type { InterviewOptions } from '../commands/interview.js';
import { type Builder, optionsOf, type RawInterview } from './program.js';
import { nonNegativeInt, positiveInt, retention } from './values.js';

/** The options every interview takes: its timing, oral mode, saving and follow-ups. */
function withTiming(b: Builder, cmd: Command): Command {
  const { h, names, lang } = b;
  return cmd
    .option(`--time ${names.seconds}`, h.time, positiveInt('--time', lang))
    .option('--no-timer', h.noTimer)
    .option('--oral', h.oral)
    .option('--speak', h.speak)
    .option('--no-save', h.noSave)
    .option('--no-follow-ups', h.noFollowUps);
}

/** An interview's options from what commander parsed. */
function interviewOptions(b: Builder, raw: RawInterview): InterviewOptions & { resume: boolean } {
  return {
    ...b.common(raw),
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
  };
}

export function addPractice(b: Builder): void {
  const { command, run, h, io } = b;
  withTiming(b, command('practice', h.practice))
    .option('--resume', h.resume)
    .option('--draw', h.draw)
    .action(async (_raw, cmd: Command) => {
      const { runPractice } = await import('../commands/practice.js');
      const raw = optionsOf(cmd);
      await run(() => runPractice({ ...interviewOptions(b, raw), draw: raw.draw === true }, io));
    });
}

export function addDrill(b: Builder): void {
  const { command, run, lang, h, names, io } = b;
  withTiming(b, command('drill', h.drill).argument(`[${names.section}]`, h.drillArg))
    .option('--shuffle', h.shuffle)
    .option(`--count ${names.n}`, h.count, positiveInt('--count', lang))
    .option(`--weakest ${names.n}`, h.weakest, positiveInt('--weakest', lang))
    .option('--resume', h.resumeDrill)
    .action(async (section: string | undefined, _raw, cmd: Command) => {
      const { runDrill } = await import('../commands/drill.js');
      const raw = optionsOf(cmd);
      await run(() => runDrill(section, { ...interviewOptions(b, raw), weakest: raw.weakest }, io));
    });
}

export function addReview(b: Builder): void {
  const { command, run, lang, h, names, io } = b;
  withTiming(b, command('review', h.review))
    .option(`--new ${names.n}`, h.newCount, nonNegativeInt('--new', lang))
    .option(`--retention ${names.r}`, h.retention, retention(lang))
    .option('--resume', h.resumeReview)
    .action(async (_raw, cmd: Command) => {
      const { runReview } = await import('../commands/review.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runReview({ ...interviewOptions(b, raw), new: raw.new, retention: raw.retention }, io),
      );
    });
}
