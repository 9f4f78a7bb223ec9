/** JSON with comments and trailing commas, as VS Code, Claude Code and most assistants read their settings. */
import { parse as parseJsoncText, printParseErrorCode, type ParseError as JsoncError } from 'jsonc-parser';
import { SurfaceParseError } from '../types.js';

export function parseJsonc(text: string): unknown {
  const errors: JsoncError[] = [];
  const value = parseJsoncText(text.replace(/^\uFEFF/, ''), errors, {
    allowTrailingComma: true,
    disallowComments: false,
  });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    throw new SurfaceParseError(
      `invalid JSON: ${printParseErrorCode(first.error)} at line ${line} column ${column}`,
    );
  }
  return value;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
