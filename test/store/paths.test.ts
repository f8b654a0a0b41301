import { describe, expect, it } from 'vitest';
import { type DataDirEnv, dataDir, historyPath } from '../../src/store/paths.js';

const LINUX_HOME = '/home/li';
const MAC_HOME = '/Users/li';
const WIN_HOME = 'C:\\Users\\li';

describe('dataDir', () => {
  const cases: [string, DataDirEnv, NodeJS.Platform, string, string][] = [
    [
      'CS_INTERVIEW_HOME first',
      { CS_INTERVIEW_HOME: '/data/cs', XDG_DATA_HOME: '/xdg' },
      'linux',
      LINUX_HOME,
      '/data/cs',
    ],
    [
      'CS_INTERVIEW_HOME as given, even relative',
      { CS_INTERVIEW_HOME: 'here' },
      'linux',
      LINUX_HOME,
      'here',
    ],
    [
      'CS_INTERVIEW_HOME on Windows',
      { CS_INTERVIEW_HOME: 'D:\\cs', APPDATA: 'C:\\x' },
      'win32',
      WIN_HOME,
      'D:\\cs',
    ],
    [
      'XDG_DATA_HOME on Linux',
      { XDG_DATA_HOME: '/xdg/data' },
      'linux',
      LINUX_HOME,
      '/xdg/data/cs-interview',
    ],
    [
      'XDG_DATA_HOME on macOS',
      { XDG_DATA_HOME: '/xdg/data' },
      'darwin',
      MAC_HOME,
      '/xdg/data/cs-interview',
    ],
    [
      'a relative XDG_DATA_HOME is ignored',
      { XDG_DATA_HOME: 'rel' },
      'linux',
      LINUX_HOME,
      '/home/li/.local/share/cs-interview',
    ],
    [
      'empty variables count as unset',
      { CS_INTERVIEW_HOME: '', XDG_DATA_HOME: '' },
      'linux',
      LINUX_HOME,
      '/home/li/.local/share/cs-interview',
    ],
    ['Linux default', {}, 'linux', LINUX_HOME, '/home/li/.local/share/cs-interview'],
    ['FreeBSD default', {}, 'freebsd', LINUX_HOME, '/home/li/.local/share/cs-interview'],
    ['macOS default', {}, 'darwin', MAC_HOME, '/Users/li/Library/Application Support/cs-interview'],
    [
      'Windows APPDATA',
      { APPDATA: 'C:\\Users\\li\\AppData\\Roaming', LOCALAPPDATA: 'C:\\L' },
      'win32',
      WIN_HOME,
      'C:\\Users\\li\\AppData\\Roaming\\cs-interview',
    ],
    [
      'Windows LOCALAPPDATA',
      { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' },
      'win32',
      WIN_HOME,
      'C:\\Users\\li\\AppData\\Local\\cs-interview',
    ],
    [
      'Windows without either',
      {},
      'win32',
      WIN_HOME,
      'C:\\Users\\li\\AppData\\Roaming\\cs-interview',
    ],
    [
      'Windows XDG_DATA_HOME',
      { XDG_DATA_HOME: 'E:\\xdg', APPDATA: 'C:\\a' },
      'win32',
      WIN_HOME,
      'E:\\xdg\\cs-interview',
    ],
  ];

  it.each(cases)('%s', (_name, env, platform, home, expected) => {
    expect(dataDir(env, platform, home)).toBe(expected);
  });
});

describe('historyPath', () => {
  it.each([
    ['/data/cs', 'linux', '/data/cs/history.jsonl'],
    ['C:\\cs', 'win32', 'C:\\cs\\history.jsonl'],
  ] as const)('%s on %s', (dir, platform, expected) => {
    expect(historyPath(dir, platform)).toBe(expected);
  });
});
