/**
 * Which parser a surface file gets, apart from the parsers themselves: the surface detector asks this of every
 * surface at head, and loads the parsers (YAML, JSONC, TOML and each tool's reader) only when it has one to read.
 */
import type { ParserKind } from '../catalogue.js';

/** The parser a path gets under a rule: `by-extension` resolves by the file name, and a `#!` line means a script. */
export function effectiveKind(kind: ParserKind, path: string, content?: Buffer): ParserKind {
  if (kind !== 'by-extension') return kind;
  if (content?.subarray(0, 2).toString() === '#!') return 'plain-exec';
  if (/\.(md|mdc|markdown|txt)$/i.test(path) || !/\.[^/]+$/.test(path.split('/').pop() ?? '')) {
    // Extension-less files in instruction folders (`.clinerules`, `.roorules`) are text; executables usually
    // carry an extension or a shebang.
    return 'markdown-instructions';
  }
  if (/\.(json|jsonc)$/i.test(path)) return 'generic-json';
  if (/\.(ya?ml)$/i.test(path)) return 'generic-yaml';
  if (/\.toml$/i.test(path)) return 'gemini-command';
  return 'plain-exec';
}
