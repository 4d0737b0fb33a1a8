/** Argument parsing for the CLI: `node:util` parseArgs, with misuse reported as `UsageError` (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad usage: the message and the command's help are printed, and the exit code is 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

type Options = NonNullable<ParseArgsConfig['options']>;

type OptionValue<O> = O extends { type: 'boolean' }
  ? O extends { multiple: true } ? boolean[] : boolean
  : O extends { multiple: true } ? string[] : string;

/** What `parse` returns: each option's value (absent when not given) and the positionals. */
export interface ParsedArgs<T extends Options> {
  values: { [K in keyof T]?: OptionValue<T[K]> } & { help?: boolean };
  positionals: string[];
}

/**
 * What parseArgs refused, in this CLI's words: its message for an unknown option advises
 * putting a positional that starts with "-" after "--", which only a command that takes one needs.
 */
function parseProblem(error: NodeJS.ErrnoException, maxPositionals: number): string {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
  if (unknown === undefined) return error.message;
  return `unknown option ${unknown}${maxPositionals > 0 ? ` (an argument that starts with "-" goes after "--": -- ${unknown})` : ''}`;
}

/** Parses `args` strictly; `--help` is added to every command. */
export function parse<T extends Options>(args: string[], options: T, help: string, maxPositionals: number): ParsedArgs<T> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseProblem(error as NodeJS.ErrnoException, maxPositionals), help);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument: ${parsed.positionals[maxPositionals]}`, help);
  }
  return parsed as unknown as ParsedArgs<T>;
}

/** A repeatable option's values, then those of its environment variable (comma separated), trimmed, empty ones left out. */
export function listOption(values: readonly string[] | undefined, environmentValue: string | undefined): string[] {
  return [...(values ?? []), ...(environmentValue ?? '').split(',')].map((value) => value.trim()).filter(Boolean);
}

/** A whole number option within [min, max], or a UsageError. */
export function integerOption(value: string | undefined, name: string, fallback: number, min: number, max: number, help: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`, help);
  }
  return number;
}
