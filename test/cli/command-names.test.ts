import { describe, expect, it } from 'vitest';
import { commandOf } from '../../src/cli/command-names.js';

describe('the command a run is for (the code cache is kept per command)', () => {
  it('is the first word that is not an option, past the program options and their values', () => {
    expect(commandOf(['drill', '1'])).toBe('drill');
    expect(commandOf(['--lang', 'en', 'drill', '1'])).toBe('drill');
    expect(commandOf(['--bank', 'list', 'practice'])).toBe('practice');
    expect(commandOf(['--no-color', 'stats', '--json'])).toBe('stats');
  });

  it('is help where help is asked for or no command given, other for an unknown word', () => {
    expect(commandOf(['drill', '--help'])).toBe('help');
    expect(commandOf(['-h'])).toBe('help');
    expect(commandOf([])).toBe('help');
    expect(commandOf(['--lang', 'en'])).toBe('help');
    expect(commandOf(['../../etc'])).toBe('other');
    expect(commandOf(['--', 'drill'])).toBe('other');
    expect(commandOf(['grade', '--', '--help'])).toBe('grade');
  });
});
