/** Markdown with optional YAML front matter (`---\n<yaml>\n---\n<body>`), as agents, skills and prompts use. */
import { parseYaml } from './yaml.js';

/** Splits off the front matter; `frontMatter` is undefined when there is none. */
export function splitFrontMatter(text: string): { frontMatter?: unknown; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text };
  return { frontMatter: parseYaml(m[1] ?? ''), body: text.slice(m[0].length) };
}
