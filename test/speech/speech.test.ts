import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSpeaker, speechCommand } from '../../src/speech/speech.js';
import { fakeSpeechTool } from './fake-speech-tool.js';

describe('speechCommand', () => {
  it('uses espeak-ng with a Mandarin voice for Chinese, English for English, the text on stdin', () => {
    const { dir } = fakeSpeechTool('espeak-ng');
    const env = { PATH: `${dir}:/nowhere` };
    expect(speechCommand('zh', 'linux', env)).toEqual({
      command: join(dir, 'espeak-ng'),
      args: ['-v', 'cmn', '--stdin'],
    });
    expect(speechCommand('en', 'linux', env)?.args).toEqual(['-v', 'en', '--stdin']);
    expect(speechCommand('zh', 'linux', env, '/tmp/x.wav')?.args).toEqual([
      '-v',
      'cmn',
      '-w',
      '/tmp/x.wav',
      '--stdin',
    ]);
  });

  it('uses say on macOS, reading standard input, with its Chinese voice for Chinese', () => {
    const { dir } = fakeSpeechTool('say');
    expect(speechCommand('zh', 'darwin', { PATH: dir })).toEqual({
      command: join(dir, 'say'),
      args: ['-v', 'Tingting', '-f', '-'],
    });
    expect(speechCommand('en', 'darwin', { PATH: dir })?.args).toEqual(['-f', '-']);
  });

  it('finds nothing where no tool is installed', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cs-nospeech-'));
    expect(speechCommand('zh', 'linux', { PATH: empty })).toBeUndefined();
    expect(speechCommand('zh', 'darwin', { PATH: empty })).toBeUndefined();
  });
});

describe('openSpeaker', () => {
  it('passes the text on stdin, untouched by any shell', async () => {
    const { dir, heard } = fakeSpeechTool();
    const tool = speechCommand('zh', 'linux', { PATH: dir });
    if (!tool) throw new Error('fake tool not found');
    const marker = join(dir, 'pwned');
    const text = `客户说："退款"；$(touch ${marker}) \`touch ${marker}\` ; rm -rf ~ 'quote`;
    const speaker = openSpeaker(tool);
    await speaker.say(text);
    expect(JSON.parse(readFileSync(heard, 'utf8'))).toEqual({
      args: ['-v', 'cmn', '--stdin'],
      text,
    });
    expect(existsSync(marker)).toBe(false);
    expect(speaker.problem).toBeUndefined();
  });

  it('keeps what went wrong, to be said once, and never throws', async () => {
    const speaker = openSpeaker({ command: '/nonexistent/espeak-ng', args: [] });
    await speaker.say('你好');
    expect(speaker.problem).toContain('ENOENT');
  });
});

const espeak = spawnSync('espeak-ng', ['--version']).status === 0;
if (!espeak)
  console.warn(
    'speech: espeak-ng is not installed, so no audio is checked (apt-get install espeak-ng)',
  );

describe.skipIf(!espeak)('espeak-ng (skipped when it is not installed)', () => {
  it('produces audio for a Chinese question: a RIFF/WAVE file of some length', async () => {
    const wav = join(mkdtempSync(join(tmpdir(), 'cs-wav-')), 'question.wav');
    const tool = speechCommand('zh', 'linux', process.env, wav);
    if (!tool) throw new Error('espeak-ng not found on PATH');
    const speaker = openSpeaker(tool);
    await speaker.say('客户投诉商品质量，但商品页面描述与实际不符，你会如何安抚并解决？');
    expect(speaker.problem).toBeUndefined();
    const bytes = readFileSync(wav);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WAVE');
    // About 5 s of 22 kHz 16-bit speech: far more than a header.
    expect(statSync(wav).size).toBeGreaterThan(50_000);
  });
});
