import { describe, expect, it } from 'vitest';
import { ListMap } from '../../src/bank/list-map.js';

describe('ListMap', () => {
  it('keys by the whole list, in order: a prefix, a longer list and another order are apart', () => {
    const map = new ListMap<string>();
    map.set(['a', 'b'], 'ab');
    map.set(['a'], 'a');
    map.set([], 'none');
    map.set(['a', 'b', ''], 'ab-');
    expect(map.get(['a', 'b'])).toBe('ab');
    expect(map.get(['a'])).toBe('a');
    expect(map.get([])).toBe('none');
    expect(map.get(['a', 'b', ''])).toBe('ab-');
    expect(map.get(['b', 'a'])).toBeUndefined();
    expect(map.get(['a', 'b', 'c'])).toBeUndefined();
    // Terms that would run together in a joined key stay apart.
    map.set(['a,b'], 'comma');
    expect(map.get(['a,b'])).toBe('comma');
    expect(map.get(['a', 'b'])).toBe('ab');
  });
});
