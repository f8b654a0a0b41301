import { type Card, createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { type ReplayedCard, replayStep } from '../../src/history/fsrs-replay.js';
import { seededRandom as random } from '../seeded-random.js';

type AnswerGrade = Rating.Again | Rating.Hard | Rating.Good | Rating.Easy;

describe('replayStep', () => {
  it.each([0.9, 0.8, 0.97])(
    'gives the cards of ts-fsrs next() over random histories (retention %s)',
    (retention) => {
      const scheduler = fsrs(
        generatorParameters({
          request_retention: retention,
          enable_fuzz: false,
          enable_short_term: false,
        }),
      );
      for (let history = 0; history < 60; history++) {
        const next = random(history * 7919 + 1);
        let at = Date.parse('2025-03-01T08:00:00Z') + Math.floor(next() * 86_400_000);
        let theirs: Card | undefined;
        let ours: ReplayedCard | undefined;
        for (let step = 0; step < 40; step++) {
          // Same day, next days, or months later; now and then the exact due time.
          const gap = [0, 3_600_000, 86_400_000, 10 * 86_400_000, 90 * 86_400_000][
            Math.floor(next() * 5)
          ] as number;
          at = theirs && next() < 0.2 ? theirs.due.getTime() : at + gap + Math.floor(next() * 1e6);
          const when = new Date(at);
          const grade = (1 + Math.floor(next() * 4)) as AnswerGrade;
          theirs = scheduler.next(theirs ?? createEmptyCard(when), when, grade).card;
          ours = replayStep(scheduler, ours, at, grade);
          expect({
            due: new Date(ours.due).toISOString(),
            state: ours.state,
            reps: ours.reps,
            lapses: ours.lapses,
            stability: ours.stability,
            difficulty: ours.difficulty,
          }).toEqual({
            due: theirs.due.toISOString(),
            state: theirs.state,
            reps: theirs.reps,
            lapses: theirs.lapses,
            stability: theirs.stability,
            difficulty: theirs.difficulty,
          });
        }
      }
    },
  );

  it('a first answer of Again is no lapse; a later one is', () => {
    const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));
    const first = replayStep(scheduler, undefined, Date.parse('2025-01-01'), Rating.Again);
    expect(first.lapses).toBe(0);
    const second = replayStep(scheduler, first, Date.parse('2025-01-05'), Rating.Again);
    expect(second.lapses).toBe(1);
    expect(second.reps).toBe(2);
  });
});
