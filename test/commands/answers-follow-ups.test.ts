import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ExitCode } from '../../src/exit-codes.js';
import { fakeIO } from '../fake-io.js';

async function run(argv: string[]) {
  const { io, out, err } = fakeIO();
  const code = await runCli(argv, io);
  return { code, out: out(), err: err() };
}

interface ListedFollowUp {
  id: string;
  prompt: string;
  key_points: { point: string }[];
}

async function followUpsOf(id: string, lang = 'zh'): Promise<ListedFollowUp[]> {
  const json = JSON.parse((await run(['list', '--json', '--lang', lang])).out);
  for (const s of json.sections)
    for (const q of s.questions) if (q.id === id) return q.follow_ups as ListedFollowUp[];
  throw new Error(`no question ${id}`);
}

// The answer key is what a coach prints: the follow-ups an interviewer presses
// on belong in it, with the key points they are scored on.
describe('answers lists each question’s follow-ups with their key points', () => {
  it('in the text key: under the question, each prompt, when it is asked, its points', async () => {
    const r = await run(['answers', '2']);
    expect(r.code).toBe(ExitCode.ok);
    const flat = r.out.replace(/\s/g, '');
    const start = flat.indexOf('1.客户投诉商品质量');
    const next = flat.indexOf('2.客户在直播时突然辱骂主播');
    const block = flat.slice(start, next);
    expect(block.indexOf('追问')).toBeGreaterThan(block.indexOf('要点'));
    for (const f of await followUpsOf('scenarios-1')) {
      expect(block).toContain(f.prompt.replace(/\s/g, ''));
      for (const kp of f.key_points) expect(block).toContain(`·${kp.point.replace(/\s/g, '')}（`);
    }
    expect(block).toContain('scenarios-1-fu-2·3分·限时00:45·漏了“核实订单与证据”时问');
    expect(block).toContain('其他追问都用不上时问');
    const en = await run(['answers', '2', '--lang', 'en']);
    expect(en.out).toContain('Follow-up questions');
    expect(en.out.replace(/\s+/g, ' ')).toMatch(
      /scenarios-1-fu-2 · 3 pts · limit 00:45 · asked when “[^”]+” is missed/,
    );
  });

  it('in the HTML key: an ordered list of them in each question, prompts and points escaped', async () => {
    const r = await run(['answers', '2', '--format', 'html']);
    expect(r.code).toBe(ExitCode.ok);
    const article = r.out.split('<article class="question">')[1] ?? '';
    expect(article).toContain('<ol class="follow-ups">');
    const items = article.split('<ol class="follow-ups">')[1]?.split('</ol>')[0] ?? '';
    const listed = await followUpsOf('scenarios-1');
    expect(items.match(/<li><p class="follow-up-prompt">/g)).toHaveLength(listed.length);
    for (const f of listed) {
      expect(items).toContain(f.prompt);
      for (const kp of f.key_points) expect(items).toContain(`<li>${kp.point}<span`);
    }
    expect(items).toContain('漏了“核实订单与证据”时问');
  });

  it('in the Markdown key too', async () => {
    const r = await run(['answers', '2', '--format', 'markdown']);
    expect(r.out).toContain('**追问**');
    expect(r.out).toContain('   - 用其他记录核实（');
  });
});
