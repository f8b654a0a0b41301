/**
 * The starter bank `init` writes: two small sections that use every field
 * of a section file, in Chinese or English. They are plain YAML files in
 * `starter-bank/<lang>/`, shipped with the package (package.json `files`)
 * and copied as they are, so an author edits them as the user will see
 * them. They must load, pass `validate` without a warning and drill like
 * any bank; the tests hold them to that.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../lang.js';
import { packageFolder } from './default-bank.js';

/** The file the section files point editors to, copied next to them. */
export const SCHEMA_FILE = 'section.schema.json';

/** The first line of every section file: tells yaml-language-server which schema to use. */
export const SCHEMA_COMMENT = `# yaml-language-server: $schema=./${SCHEMA_FILE}`;

/** One file of the starter bank: its name in the bank folder and its text. */
export interface TemplateFile {
  name: string;
  text: string;
}

/** The folder of the starter bank in a language. */
export function starterBankPath(lang: Lang, moduleUrl?: string): string {
  return join(packageFolder('starter-bank', moduleUrl), lang);
}

/** The section files of the starter bank in the given language, in name order. */
export async function starterSections(
  lang: Lang,
  folder = starterBankPath(lang),
): Promise<TemplateFile[]> {
  const names = (await readdir(folder)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(folder, name), 'utf8') })),
  );
}
