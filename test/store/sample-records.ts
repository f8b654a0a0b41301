import { crc32Hex } from '../../src/store/crc32.js';
import type {
  AttemptRecord,
  DraftRecord,
  SessionEndRecord,
  SessionStartRecord,
} from '../../src/store/record.js';

/** An attempt record with fixed values; `overrides` change some. */
export function sampleAttempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    v: 1,
    kind: 'attempt',
    id: '0123456789abcdef',
    session: 's-1',
    bank: 'default',
    question: 'greeting-1',
    section: 'greeting',
    mode: 'typed',
    text: '您好，请问有什么可以帮您？\n"引号" \\ 反斜杠',
    elapsed_ms: 42_000,
    time_limit: 120,
    timed_out: false,
    auto_score: 3.5,
    self_score: null,
    points: 5,
    covered: ['问候'],
    missed: ['自我介绍', '询问需求'],
    at: '2025-01-02T03:04:05.678Z',
    ...overrides,
  };
}

export const sessionStart: SessionStartRecord = {
  v: 1,
  kind: 'session-start',
  id: 'aaaa',
  session: 's-1',
  command: 'drill',
  bank: 'default',
  plan: ['greeting-1', 'complaints-1'],
  at: '2025-01-02T03:00:00.000Z',
};

export const sessionEnd: SessionEndRecord = {
  v: 1,
  kind: 'session-end',
  id: 'bbbb',
  session: 's-1',
  reason: 'interrupted',
  at: '2025-01-02T03:10:00.000Z',
};

export const draft: DraftRecord = {
  v: 1,
  kind: 'draft',
  id: 'cccc',
  session: 's-1',
  bank: 'default',
  question: 'complaints-1',
  text: '非常抱歉给您带来',
  elapsed_ms: 9_000,
  at: '2025-01-02T03:09:00.000Z',
};

/** A line framed with a correct CRC around any JSON text (valid or not). */
export function frame(body: string): string {
  return `${body.slice(0, -1)},"crc":"${crc32Hex(body)}"}`;
}
