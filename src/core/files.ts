import { readFile } from 'node:fs/promises';
import { AgentAttestError, messageOf, type ErrorCode } from './errors.js';

/**
 * Reads a text file the user named; a missing or unreadable file is a one-line usage error (exit 2) that
 * names the input (`what`) and says what to pass instead (`fix`).
 */
export async function readInputFile(
  path: string,
  what: string,
  fix: string,
  code: ErrorCode,
): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AgentAttestError(
      missing ? 'FILE_NOT_FOUND' : code,
      `${what} ${path}: ${missing ? 'no such file' : messageOf(e)}; ${fix}`,
      { cause: e },
    );
  }
}
