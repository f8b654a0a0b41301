// The 100,000-record history of the benchmark: sessions of the shipped bank,
// each a start, four graded answers of about 500 characters and an end, all
// in the past so that `review` has questions due.
import { closeSync, openSync, writeSync } from 'node:fs';

const SENTENCE =
  '您好，非常理解您的心情，给您带来不便真的很抱歉。麻烦您提供一下订单号和商品照片，我马上为您核实处理，';

/** Writes `records` records to `file` with `encodeRecord`; returns the bytes written. */
export function writeHistoryLog(file, { encodeRecord, questions, records = 100_000 }) {
  const fd = openSync(file, 'w', 0o600);
  const text = SENTENCE.repeat(7);
  const start = Date.parse('2025-01-01T08:00:00Z');
  let bytes = 0;
  let batch = [];
  const flush = () => {
    const chunk = Buffer.from(batch.join(''), 'utf8');
    writeSync(fd, chunk);
    bytes += chunk.length;
    batch = [];
  };
  let n = 0;
  for (let s = 0; n < records; s++) {
    const session = `s${s.toString(16).padStart(11, '0')}`;
    const at = (k) => new Date(start + s * 600_000 + k * 60_000).toISOString();
    const base = (k) => ({ v: 1, id: `${session}r${k}`, at: at(k), session });
    const plan = [0, 1, 2, 3].map((k) => questions[(s * 4 + k) % questions.length]);
    const lines = [
      {
        ...base(0),
        kind: 'session-start',
        command: 'drill',
        bank: 'builtin',
        plan: plan.map((q) => q.id),
      },
      ...plan.map((q, k) => ({
        ...base(k + 1),
        kind: 'attempt',
        bank: 'builtin',
        question: q.id,
        section: q.section,
        mode: 'typed',
        text,
        elapsed_ms: 61_000 + k,
        time_limit: 90,
        timed_out: false,
        auto_score: (s + k) % 11,
        self_score: k === 0 ? 7 : null,
        points: 10,
        covered: q.points.slice(0, 2),
        missed: q.points.slice(2),
      })),
      { ...base(5), kind: 'session-end', reason: 'finished' },
    ];
    for (const record of lines) {
      if (n++ >= records) break;
      batch.push(`${encodeRecord(record)}\n`);
    }
    if (batch.length >= 1000) flush();
  }
  flush();
  closeSync(fd);
  return bytes;
}
