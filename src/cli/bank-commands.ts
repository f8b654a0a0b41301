/** The commands about a bank and written answers: `answers`, `list`, `grade`, `validate`, `init`. */

import type { Command } from 'commander';
import { type Builder, optionsOf } from './program.js';

export function addAnswers(b: Builder): void {
  const { command, run, common, h, names, io } = b;
  command('answers', h.answers)
    .alias('key')
    .argument(`[${names.section}]`, h.answersArg)
    .option(`--format ${names.format}`, h.format)
    .option(`-o, --output ${names.file}`, h.output)
    .option('-f, --force', h.force)
    .action(async (section: string | undefined, _raw, cmd: Command) => {
      const { runAnswers } = await import('../commands/answers.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runAnswers(
          {
            ...common(raw),
            section,
            format: raw.format,
            output: raw.output,
            force: raw.force === true,
          },
          io,
        ),
      );
    });
}

export function addList(b: Builder): void {
  const { command, run, common, h, io } = b;
  command('list', h.list)
    .option('--json', h.json)
    .action(async (_raw, cmd: Command) => {
      const { runList } = await import('../commands/list.js');
      const raw = optionsOf(cmd);
      await run(() => runList({ ...common(raw), json: raw.json }, io));
    });
}

export function addGrade(b: Builder): void {
  const { command, run, common, h, names, io } = b;
  command('grade', h.grade)
    .argument(`[${names.files}...]`, h.gradeArg)
    .option('--json', h.json)
    .option(`--format ${names.format}`, h.gradeFormat)
    .option('--template', h.template)
    .option('--no-save', h.noSave)
    .action(async (files: string[], _raw, cmd: Command) => {
      const { runGrade } = await import('../commands/grade.js');
      const raw = optionsOf(cmd);
      await run(() =>
        runGrade(
          {
            ...common(raw),
            files,
            json: raw.json,
            format: raw.format,
            template: raw.template,
            save: raw.save !== false,
          },
          io,
        ),
      );
    });
}

export function addValidate(b: Builder): void {
  const { command, run, common, noBank, h, names, io } = b;
  command('validate', h.validate)
    .argument(`<${names.paths}...>`, h.validateArg)
    .option('--json', h.json)
    .option('--strict', h.strict)
    .action(async (paths: string[], _raw, cmd: Command) => {
      const { runValidate } = await import('../commands/validate.js');
      const raw = optionsOf(cmd);
      noBank(raw, 'validate');
      await run(() =>
        runValidate(
          paths,
          { ...common(raw), json: raw.json === true, strict: raw.strict === true },
          io,
        ),
      );
    });
}

export function addInit(b: Builder): void {
  const { command, run, common, noBank, h, names, io } = b;
  command('init', h.init)
    .argument(`<${names.dir}>`, h.initArg)
    .action(async (dir: string, _raw, cmd: Command) => {
      const { runInit } = await import('../commands/init.js');
      const raw = optionsOf(cmd);
      noBank(raw, 'init');
      await run(() => runInit(dir, common(raw), io));
    });
}
