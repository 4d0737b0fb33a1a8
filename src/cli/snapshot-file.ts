/** Reads a DaemonSnapshot from a file or standard input and validates it, for `serve --initial` and `publish`. */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { DaemonSnapshot } from '../../generated/api-types.js';
import { DaemonSnapshotValidator, type ValidationIssue } from '../../generated/validators/index.js';

/** A snapshot file that cannot be used; `issues` lists each violation of the schema. */
export class SnapshotFileError extends Error {
  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(issues.length === 0 ? message : `${message}\n${issues.map((issue) => `  ${issue.path || '(root)'}: ${issue.message}`).join('\n')}`);
    this.name = 'SnapshotFileError';
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Reads `file` (or standard input for `-`), parses it and validates it as a DaemonSnapshot. */
export async function readSnapshotFile(file: string): Promise<DaemonSnapshot> {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readAll(process.stdin) : await readFile(file);
  } catch (error) {
    throw new SnapshotFileError(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // Checked, not decoded lossily: replacement characters would be published for the bytes.
  if (!isUtf8(bytes)) throw new SnapshotFileError(`${name} is not UTF-8 text`);
  const text = bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SnapshotFileError(`${name} is not JSON: ${(error as Error).message}`);
  }
  const result = DaemonSnapshotValidator.validate(value);
  if (!result.ok) throw new SnapshotFileError(`${name} is not a valid DaemonSnapshot:`, result.errors);
  return result.value;
}
