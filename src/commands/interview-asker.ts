/**
 * How an interview asks for an answer: typed in the editor (a draft resumed,
 * the text kept for saving as it is typed) or spoken (the question read
 * aloud, a countdown, then the points ticked). The state a run needs for that
 * lives in one object, so the loop around it holds none.
 */

import { neutralize, neutralizeInline } from '../neutralize.js';
import type { PlannedQuestion } from '../session/plan.js';
import type { AnswerInput } from '../session/run-session.js';
import type { Speaker } from '../speech/speech.js';
import { messages } from '../ui/i18n.js';
import { renderContext, writeLine } from '../ui/output.js';
import type { CommandIO } from './command-io.js';
import type { InterviewOptions, InterviewRun } from './interview.js';

type Prompts = typeof import('../ui/prompts/index.js');
/** The speech tool's module, loaded only for --speak. */
export type Speech = typeof import('../speech/speech.js');

/** A follow-up, asked in the same prompt as its question under its own text and limit. */
export interface FollowUpAsked {
  prompt: string;
  limit: number | null;
  points: readonly string[];
}

/** The answer being typed: saved as a draft when the run ends before it is graded. */
interface Typing {
  id: string;
  text: string;
  startedAt: number;
  /** Time it had taken before this run (a resumed draft). */
  before: number;
}

export class InterviewAsker {
  private typing: Typing | undefined;
  private readonly speaker: Speaker | undefined;
  private speechProblemSaid = false;
  private readonly m;
  /** Ends the prompt on screen when the run cannot go on (`stopWith`). */
  private readonly abort = new AbortController();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly prompts: Prompts,
    private readonly run: InterviewRun,
    private readonly options: InterviewOptions,
    private readonly io: CommandIO,
    speech?: Speech,
  ) {
    this.m = messages(options.lang);
    const tool =
      options.speak && speech
        ? speech.speechCommand(options.lang, process.platform, io.env)
        : undefined;
    this.speaker = tool ? speech?.openSpeaker(tool) : undefined;
  }

  /** Asks for the answer to a question or to one of its follow-ups, typed or spoken as the run is. */
  async ask(item: PlannedQuestion, followUp?: FollowUpAsked): Promise<AnswerInput> {
    if (this.failure) throw this.failure.error;
    try {
      return await (this.options.oral
        ? this.askSpoken(item, followUp)
        : this.askTyped(item, followUp));
    } catch (error) {
      // Set meanwhile by `stopWith`, which the narrowing above cannot know.
      const failure = this.failure as { error: unknown } | undefined;
      throw failure ? failure.error : error;
    }
  }

  /**
   * Ends the prompt being answered, and any later one, with `error`: a drill's history found
   * unwritable as its first question appears is said then, not after a 3-minute answer that
   * could not be kept.
   */
  stopWith(error: unknown): void {
    this.failure ??= { error };
    this.abort.abort();
  }

  /** Graded answers are saved as they are graded; only the one being typed is left to save. */
  saveUnfinished(): boolean {
    const t = this.typing;
    if (!t?.text.trim()) return false;
    this.run.recorder.draft(t.id, t.text, t.before + Date.now() - t.startedAt);
    return true;
  }

  /** Says once, on standard error, that the speech tool failed. */
  sayProblem(): void {
    if (this.speaker?.problem === undefined || this.speechProblemSaid) return;
    this.speechProblemSaid = true;
    writeLine(this.io.stderr, this.m.speechFailed(neutralizeInline(this.speaker.problem)));
  }

  /** Stops any reading aloud. */
  stop(): void {
    this.speaker?.stop();
  }

  private get context() {
    return { input: this.io.stdin, output: this.io.stdout, signal: this.abort.signal };
  }

  private get labels() {
    return { remaining: this.m.remaining, timeUp: this.m.timeUp };
  }

  private async askTyped(item: PlannedQuestion, followUp?: FollowUpAsked): Promise<AnswerInput> {
    const m = this.m;
    const draft = followUp ? undefined : this.run.drafts?.get(item.question.id);
    const before = draft?.elapsedMs ?? 0;
    // A follow-up's text is no draft to resume: its question is answered, and resume goes on after it.
    this.typing = followUp
      ? undefined
      : { id: item.question.id, text: draft?.text ?? '', startedAt: Date.now(), before };
    const result = await this.prompts.askAnswer(
      {
        message: m.yourAnswer,
        question: followUp?.prompt ?? item.question.prompt,
        timeLimit: followUp ? followUp.limit : resumedLimit(item.timeLimit, draft && before),
        labels: {
          ...this.labels,
          help: m.answerHelp,
          fullHelp: m.answerFullHelp,
          empty: m.answerEmpty,
          full: m.answerFull,
          hiddenRows: m.answerHiddenRows,
        },
        colors: renderContext(this.io, this.options).c,
        initial: draft?.text,
        onChange: (text) => {
          if (this.typing) this.typing.text = text;
        },
      },
      this.context,
    );
    this.typing = undefined;
    return { ...result, elapsedMs: result.elapsedMs + before };
  }

  private async askSpoken(item: PlannedQuestion, followUp?: FollowUpAsked): Promise<AnswerInput> {
    const m = this.m;
    // The interviewer reads the question (or the follow-up) while the clock runs, as in the room.
    void this.speaker?.say(followUp?.prompt ?? item.question.prompt);
    let spoken: Awaited<ReturnType<Prompts['askOral']>>;
    try {
      spoken = await this.prompts.askOral(
        {
          message: m.oralMessage,
          timeLimit: followUp ? followUp.limit : item.timeLimit,
          labels: { ...this.labels, help: m.oralHelp },
          colors: renderContext(this.io, this.options).c,
        },
        this.context,
      );
    } finally {
      // Done answering (or stopped): the reading stops too.
      this.stop();
    }
    const points = followUp?.points ?? item.question.key_points.map((k) => k.point);
    const ticked = await this.prompts.askTickedPoints(
      { message: m.tickPrompt, points: points.map((p) => neutralize(p)), help: m.tickHelp },
      this.context,
    );
    return { text: '', ...spoken, ticked };
  }
}

/** A resumed answer gets the time it had left, but never less than 10 s to finish. */
function resumedLimit(limit: number | null, before: number | undefined): number | null {
  if (limit === null || before === undefined) return limit;
  return Math.max(10, Math.ceil(limit - before / 1000));
}
