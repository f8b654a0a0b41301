import { describe, expect, it } from 'vitest';
import type { Question, RedFlag } from '../../src/bank/types.js';
import { inflectedForms } from '../../src/scoring/english-forms.js';
import { type ScoreContext, scoreAnswer } from '../../src/scoring/score-answer.js';

/**
 * English as answers write it: a keyword's regular forms (plural, -ed,
 * -ing, 's), hyphenated compounds (follow-up, second-hand) and the last
 * items of a negated list ("…, off-platform deals or direct transfers").
 */
const untimed: ScoreContext = { timeLimit: 0 };

function ask(keywords: string[][], overrides: Partial<Question> = {}): Question {
  return {
    id: 'q',
    prompt: 'A customer complains. What do you do?',
    points: 10,
    time_limit: 150,
    answer: '',
    analysis: '',
    key_points: keywords.map((k, i) => ({ point: `p${i}`, keywords: k })),
    ...overrides,
  };
}

const covered = (q: Question, text: string) =>
  scoreAnswer(q, text, untimed).keyPoints.map((k) => k.covered);

describe('inflected forms of a keyword', () => {
  it('lists the regular forms of a word', () => {
    expect([...inflectedForms('reply')]).toEqual(
      expect.arrayContaining(['reply', 'replies', 'replied', 'replying']),
    );
    expect([...inflectedForms('protect')]).toEqual(
      expect.arrayContaining(['protects', 'protected', 'protecting', "protect's"]),
    );
    expect([...inflectedForms('chat')]).toEqual(expect.arrayContaining(['chatted', 'chatting']));
    expect([...inflectedForms('escalate')]).toEqual(
      expect.arrayContaining(['escalated', 'escalating', 'escalates']),
    );
  });

  it('keeps words whose forms mean something else, and short words, as they are', () => {
    expect([...inflectedForms('second')]).toEqual(['second']);
    expect([...inflectedForms('deal')]).toEqual(['deal']);
    expect([...inflectedForms('on')]).toEqual(['on']);
  });

  it('credits a keyword said in another form, in any word of a phrase', () => {
    const q = ask([['protect'], ['auto-reply'], ['follow up'], ['colleague who']]);
    expect(
      covered(
        q,
        'The host and the viewers are protected that way. At night our auto-replies tell buyers when we are back. I followed up the next morning as promised. If it still fails I bring in a colleague who’s from that region.',
      ),
    ).toEqual([true, true, true, true]);
  });

  it('does not read "15 seconds" as the second point of a structure', () => {
    const q = ask([['second'], ['minutes']]);
    expect(covered(q, 'My first reply goes out within 15 seconds of a new chat arriving.')).toEqual(
      [false, false],
    );
  });

  it('matches behaviour only as worded: "calm down" said to a customer, not "they calmed down"', () => {
    const q = ask([['sorry']], {
      key_points: [{ point: 'apologise', keywords: ['sorry'], avoid: ['calm down'] }],
    });
    expect(covered(q, "Once they've calmed down a little, I say sorry for the delay.")).toEqual([
      true,
    ]);
    expect(covered(q, 'I tell them to calm down, then I say sorry for the delay.')).toEqual([
      false,
    ]);
  });
});

describe('hyphenated compounds', () => {
  it('are the words of the keyword, inside one clause', () => {
    const q = ask([['second-hand'], ['follow up'], ['seven-day']]);
    expect(
      covered(
        q,
        'We sell second-hand phones too. I always book a follow-up call. I explain the seven-day returns before they pay.',
      ),
    ).toEqual([true, true, true]);
  });

  it('keep a dash between words what it was: the end of a clause', () => {
    const q = ask([['follow up']]);
    expect(covered(q, 'I never skip the follow - up is where trust is won, though.')).toEqual([
      false,
    ]);
  });
});

describe('a negated list', () => {
  it('runs on into its last items, joined by "or"', () => {
    const flag: RedFlag = {
      id: 'off',
      wrong: 'off the platform',
      signs: ['off-platform'],
      scope: 'question',
    };
    const q = ask([['wechat']], { red_flags: [flag] });
    const grade = scoreAnswer(
      q,
      'I would never push viewers to WeChat, off-platform deals or direct transfers.',
      untimed,
    );
    expect(grade.flags.map((f) => f.code)).not.toContain('red-flag');
    const said = scoreAnswer(
      q,
      'I move regular buyers to off-platform deals for a better price.',
      untimed,
    );
    expect(said.flags.map((f) => f.code)).toContain('red-flag');
  });
});
