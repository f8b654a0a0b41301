import type { Bank, Question, Section } from '../../src/bank/types.js';
import type {
  AttemptRecord,
  HistoryRecord,
  SessionEndRecord,
  SessionStartRecord,
} from '../../src/store/record.js';
import { sampleAttempt } from '../store/sample-records.js';

function question(id: string, prompt: string, points: number, time_limit: number): Question {
  return { id, prompt, points, time_limit, answer: '', analysis: '', key_points: [] };
}

function section(id: string, order: number, title: string, questions: Question[]): Section {
  return { id, order, title, points: 5, time_limit: 60, questions, file: `${id}.yaml` };
}

/** A bank of two sections and four questions (bank id `bank-a`). */
export const smallBank: Bank = {
  source: '/banks/a',
  sections: [
    section('greeting', 1, '开场与自我介绍', [
      question('g1', '请做一个简短的自我介绍。', 5, 60),
      question('g2', '你为什么想做客服？', 10, 120),
    ]),
    section('complaints', 2, '投诉处理', [
      question('c1', '客户因为快递延误很生气，你怎么回应？', 5, 60),
      question('c2', '客户要求退款但超过了期限，你怎么办？', 5, 60),
    ]),
  ],
};

/** The shipped bank's shape: four sections of long Chinese prompts, 20 questions. */
export const wideBank: Bank = {
  source: '/banks/wide',
  sections: [1, 2, 3, 4].map((n) =>
    section(
      `s${n}`,
      n,
      ['自我介绍与职业认知', '场景模拟与投诉处理能力考察', '沟通技巧', '行业与地区知识'][n - 1] ??
        '',
      [1, 2, 3, 4, 5].map((k) =>
        question(
          `s${n}-q${k}`,
          `第${n}部分第${k}题：客户在直播间里同时咨询尺码和优惠，另一位客户投诉发货慢，你如何同时处理？`,
          5 + k,
          60 + 30 * k,
        ),
      ),
    ),
  ),
};

const base = { v: 1 as const, id: 'x' };

export function start(
  session: string,
  at: string,
  plan: string[],
  command: SessionStartRecord['command'] = 'practice',
  bank = 'bank-a',
): SessionStartRecord {
  return { ...base, kind: 'session-start', session, command, bank, plan, at };
}

export function end(
  session: string,
  at: string,
  reason: SessionEndRecord['reason'] = 'finished',
): SessionEndRecord {
  return { ...base, kind: 'session-end', session, reason, at };
}

export function attempt(overrides: Partial<AttemptRecord>): AttemptRecord {
  return sampleAttempt({ bank: 'bank-a', self_score: null, ...overrides });
}

/**
 * `interviews` mock interviews on `wideBank`, one a day from 2025-01-01,
 * each answering all 20 questions (so 20 × interviews attempts), with
 * scores that improve and key points missed in a repeating pattern.
 */
export function generateHistory(interviews: number): HistoryRecord[] {
  const ids = wideBank.sections.flatMap((s) => s.questions.map((q) => ({ q, s })));
  const records: HistoryRecord[] = [];
  for (let i = 0; i < interviews; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + i, 9)).toISOString();
    const session = `p${i}`;
    records.push(
      start(
        session,
        day,
        ids.map(({ q }) => q.id),
        'practice',
        'bank-w',
      ),
    );
    for (const [k, { q, s }] of ids.entries()) {
      const share = Math.min(1, 0.3 + (i / interviews) * 0.6 + ((k * 7) % 5) / 20);
      records.push(
        attempt({
          bank: 'bank-w',
          session,
          question: q.id,
          section: s.id,
          points: q.points,
          auto_score: Math.round(share * q.points * 2) / 2,
          time_limit: q.time_limit,
          elapsed_ms: Math.round(q.time_limit * 1000 * (0.5 + ((i + k) % 7) / 10)),
          timed_out: (i + k) % 7 === 6,
          missed: [`要点${(i + k) % 9}：先安抚情绪再说明处理时限和补偿方案`],
          covered: [],
          at: day,
        }),
      );
    }
    if (i % 10 !== 9) records.push(end(session, day));
  }
  return records;
}
