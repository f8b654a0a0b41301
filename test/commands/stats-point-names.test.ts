import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[], home: string, stdin?: string) {
  const { io, out } = fakeIO({ env: { CS_INTERVIEW_HOME: home }, stdin });
  await runCli(argv, io);
  return out();
}

const zh =
  '非常抱歉让您失望了，请提供订单号和照片，我马上核实，按规则可以退货退款或换货，之后我会跟进回访。';
const en =
  'I am so sorry. Please send the order number and photos, I will check it, and per the rules you can return it for a refund or exchange, and I will follow up.';

describe('stats lists key points in the interface language', () => {
  it('names a point missed in Chinese and in English once, in the language asked for', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cs-stats-names-'));
    await run(['grade', '-', '--json'], home, JSON.stringify({ 'scenarios-1': zh }));
    await run(
      ['grade', '-', '--json', '--lang', 'en'],
      home,
      JSON.stringify({ 'scenarios-1': en }),
    );
    const english = await run(['stats', '--lang', 'en'], home);
    expect(english).toMatch(/Key points missed most\n ×2 Fix the root cause\n/);
    expect(english).not.toContain('推动源头改进');
    const chinese = await run(['stats'], home);
    expect(chinese).toMatch(/最常遗漏的要点\n ×2 推动源头改进\n/);
    // --json keeps its shape; the point is named as on the screen.
    const json = JSON.parse(await run(['stats', '--json', '--lang', 'en'], home));
    expect(json.mostMissed).toEqual([
      { point: 'Fix the root cause', count: 2, questionIds: ['scenarios-1'] },
    ]);
  });
});
