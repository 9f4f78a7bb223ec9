/**
 * Model names: the raw string is always kept; a normalised `provider/model` id (models.dev form) is given
 * only where the string is unambiguous. Anything else stays raw.
 */

const CLAUDE_FAMILIES = 'opus|sonnet|haiku|fable';

export function normaliseModel(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let s = raw.trim().toLowerCase();
  // Strip decorations that do not change the model: "(1M context)", "[1m]".
  s = s.replace(/\s*[([][^)\]]*[)\]]\s*$/, '').trim();
  if (s.length === 0 || s.length > 120) return undefined;

  // "Claude claude-opus-4-6": a display name around an id.
  s = s.replace(/^claude\s+(?=claude-)/, '');
  // "Claude Opus 4.5", "claude sonnet 4", "Opus 4.8", "Claude 3.5 Sonnet"
  let m = new RegExp(`^(?:claude[\\s-]+)?(${CLAUDE_FAMILIES})[\\s-]+(\\d+(?:[.-]\\d+)?)$`).exec(s);
  if (m) return `anthropic/claude-${m[1]}-${m[2]!.replace('.', '-')}`;
  // Version first: "Claude 3.5 Sonnet" (models.dev keeps that order before 4), "claude-4.6-opus-high-thinking"
  // (family first from 4 on; a mode suffix is not part of the model).
  m = new RegExp(`^claude[\\s-]+(\\d+)(?:[.-](\\d+))?[\\s-]+(${CLAUDE_FAMILIES})(-[a-z-]+)?$`).exec(s);
  if (m) {
    const version = m[2] ? `${m[1]}-${m[2]}` : m[1]!;
    if (Number(m[1]) >= 4) return `anthropic/claude-${m[3]}-${version}`;
    if (!m[4]) return `anthropic/claude-${version}-${m[3]}`;
  }
  // "GPT-5 Codex"
  m = /^(gpt-[0-9][a-z0-9.]*)\s+codex$/.exec(s);
  if (m) return `openai/${m[1]}-codex`;

  // A hosting provider the source names is kept (`vertex_ai/…` is not `google/…`): raw string.
  if (/^(?:vertex_ai|bedrock|azure|openrouter|groq|together_ai|fireworks_ai|ollama)(?:\/|$)/.test(s))
    return undefined;
  // The model maker's own prefix (aider/litellm, git-ai and Agent Trace write it): models.dev form.
  s = s.replace(/^anthropic\/(?=claude-)/, '');
  s = s.replace(/^openai\/(?=(?:gpt-|o\d|codex-))/, '');
  s = s.replace(/^(?:google|gemini)\/(?=gemini-)/, '');
  // "claude-opus-4.8": models.dev writes versions with dashes.
  if (/^claude-/.test(s)) s = s.replace(/(\d)\.(\d)/g, '$1-$2');
  if (/^claude-(?:[a-z0-9]+-)*[a-z0-9]+$/.test(s) && new RegExp(CLAUDE_FAMILIES).test(s)) {
    return `anthropic/${s}`;
  }
  if (/^(?:gpt-[0-9][a-z0-9.-]*|o[1-9](?:-[a-z0-9.-]+)?|codex-[a-z0-9.-]+)$/.test(s)) return `openai/${s}`;
  if (/^gemini-[0-9][a-z0-9.-]*$/.test(s)) return `google/${s}`;
  return undefined;
}
