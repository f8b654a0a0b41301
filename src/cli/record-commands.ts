/** The commands that read the history and the settings: `stats`, `history`, `config`. */

import type { Command } from 'commander';
import type { ExitCode } from '../exit-codes.js';
import type { Lang } from '../lang.js';
import { type Builder, optionsOf } from './program.js';
import { retention } from './values.js';

export function addStats(b: Builder): void {
  const { command, run, common, lang, h, names, io } = b;
  command('stats', h.stats)
    .option('--json', h.json)
    .option(`--retention ${names.r}`, h.retention, retention(lang))
    .action(async (_raw, cmd: Command) => {
      const { runStats } = await import('../commands/stats.js');
      const raw = optionsOf(cmd);
      await run(() => runStats({ ...common(raw), json: raw.json, retention: raw.retention }, io));
    });
}

export function addHistory(b: Builder): void {
  const { command, run, common, lang, h, io } = b;
  const history = command('history', h.history)
    .option('--json', h.json)
    .action(async (_raw, cmd: Command) => {
      const { runHistory } = await import('../commands/history.js');
      const raw = optionsOf(cmd);
      await run(() => runHistory({ ...common(raw), json: raw.json }, io));
    });
  history
    .command('show')
    .description(h.historyShow)
    .helpOption('-h, --help', h.help)
    .argument(lang === 'zh' ? '<编号>' : '<id>', h.historyShowArg)
    .action(async (id: string, _raw, cmd: Command) => {
      const { runHistoryShow } = await import('../commands/history-show.js');
      await run(() => runHistoryShow(id, common(optionsOf(cmd)), io));
    });
  history
    .command('clear')
    .description(h.historyClear)
    .helpOption('-h, --help', h.help)
    .option('-y, --yes', h.yes)
    .action(async (_raw, cmd: Command) => {
      const { runHistoryClear } = await import('../commands/history.js');
      const raw = optionsOf(cmd);
      await run(() => runHistoryClear({ ...common(raw), yes: raw.yes === true }, io));
    });
}

export function addConfig(b: Builder): void {
  const { context, h, names, setExit } = b;
  const config = b.command('config', h.config).helpCommand(false);
  const sub = (name: string, description: string) =>
    config.command(name).description(description).helpOption('-h, --help', h.help);
  const run = async (
    cmd: Command,
    action: (
      m: typeof import('../commands/config.js'),
      options: { lang: Lang; home: string },
    ) => ExitCode,
  ) => {
    const module = await import('../commands/config.js');
    setExit(action(module, { lang: b.common(optionsOf(cmd)).lang, home: context.home }));
  };
  const key = `<${names.key}>`;
  sub('set', h.configSet)
    .argument(key, h.configKey)
    .argument(`<${names.value}>`, h.configValue)
    .action((k: string, v: string, _raw, cmd: Command) =>
      run(cmd, (m, o) => m.runConfigSet(k, v, o, context.io)),
    );
  sub('get', h.configGet)
    .argument(key, h.configKey)
    .action((k: string, _raw, cmd: Command) =>
      run(cmd, (m, o) => m.runConfigGet(k, o, context.io)),
    );
  sub('unset', h.configUnset)
    .argument(key, h.configKey)
    .action((k: string, _raw, cmd: Command) =>
      run(cmd, (m, o) => m.runConfigUnset(k, o, context.io)),
    );
  sub('list', h.configList).action((_raw, cmd: Command) =>
    run(cmd, (m, o) => m.runConfigList(o, context.io)),
  );
}
