/**
 * Surface parsers, one per tool format, behind one table. Each turns one side (old or new) of a surface file into
 * what it can do (hook commands, MCP servers, env, permissions, tasks, scripts), as data; nothing is executed.
 */
import type { ParserKind } from '../catalogue.js';
import { withIds } from './items.js';
import { parseAiderYaml } from './tools/aider-yaml.js';
import { parseBindingGyp } from './tools/binding-gyp.js';
import { parseClaudeSettings } from './tools/claude-settings.js';
import { parseCodexToml } from './tools/codex-toml.js';
import { parseCopilotSetupSteps } from './tools/copilot-setup-steps.js';
import { parseDotenvFile } from './tools/dotenv.js';
import { parseGeminiCommand } from './tools/gemini-command.js';
import { parseGeminiSettings } from './tools/gemini-settings.js';
import { parseGenericJson, parseGenericYaml } from './tools/generic.js';
import { parseHooksJson } from './tools/hooks-json.js';
import { parseKiroHook } from './tools/kiro-hook.js';
import { parseMarkdownInstructions } from './tools/markdown-instructions.js';
import { parseMcpJson } from './tools/mcp-json.js';
import { parsePackageJson } from './tools/package-json.js';
import { parseWholeText } from './tools/plain.js';
import { parseVscodeSettings } from './tools/vscode-settings.js';
import { parseVscodeTasks } from './tools/vscode-tasks.js';
import type { Parser, ParsedSurface } from './types.js';
import { effectiveKind } from './kind.js';

export { SurfaceParseError, type ParsedItem, type ParsedSurface } from './types.js';
export { effectiveKind } from './kind.js';

export const PARSERS: Readonly<Record<ParserKind, Parser>> = {
  'claude-settings': parseClaudeSettings,
  'mcp-json': parseMcpJson,
  'vscode-tasks': parseVscodeTasks,
  'vscode-settings': parseVscodeSettings,
  'gemini-settings': parseGeminiSettings,
  'hooks-json': parseHooksJson,
  'codex-toml': parseCodexToml,
  'aider-yaml': parseAiderYaml,
  'markdown-instructions': parseMarkdownInstructions,
  'package-json': parsePackageJson,
  'plain-exec': parseWholeText,
  'plain-text': parseWholeText,
  'copilot-setup-steps': parseCopilotSetupSteps,
  'gemini-command': parseGeminiCommand,
  'kiro-hook': parseKiroHook,
  dotenv: parseDotenvFile,
  'binding-gyp': parseBindingGyp,
  'generic-json': parseGenericJson,
  'generic-yaml': parseGenericYaml,
  'by-extension': (input) => PARSERS[effectiveKind('by-extension', input.path, input.content)](input),
};

/** Parses one side (old or new) of a surface file; throws SurfaceParseError when it is not valid for its kind. */
export function parseSurface(kind: ParserKind, path: string, content: Buffer): ParsedSurface {
  const result = PARSERS[kind]({ path, content, text: content.toString('utf8') });
  const instructions = result.instructions ?? [];
  return {
    items: withIds(result.items),
    suppression: result.suppression ?? [],
    ...(instructions.length ? { instructionText: instructions.join('\n') } : {}),
    ...(result.document !== undefined ? { document: result.document } : {}),
    ...(result.executableText !== undefined ? { executableText: result.executableText } : {}),
  };
}
