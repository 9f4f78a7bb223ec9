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

  // "Claude Opus 4.5", "claude sonnet 4", "Claude 3.5 Sonnet"
  let m = new RegExp(`^claude[\\s-]+(${CLAUDE_FAMILIES})[\\s-]+(\\d+(?:[.-]\\d+)?)$`).exec(s);
  if (m) return `anthropic/claude-${m[1]}-${m[2]!.replace('.', '-')}`;
  m = new RegExp(`^claude[\\s-]+(\\d+(?:[.-]\\d+)?)[\\s-]+(${CLAUDE_FAMILIES})$`).exec(s);
  if (m) return `anthropic/claude-${m[1]!.replace('.', '-')}-${m[2]}`;

  // Provider prefixes used by aider/litellm, git-ai and Agent Trace (models.dev form).
  s = s.replace(/^(?:anthropic|bedrock\/anthropic\.?|vertex_ai)\/(?=claude-)/, '');
  s = s.replace(/^openai\/(?=(?:gpt-|o\d|codex-))/, '');
  s = s.replace(/^(?:google|gemini|vertex_ai)\/(?=gemini-)/, '');
  if (/^claude-(?:[a-z0-9]+-)*[a-z0-9]+$/.test(s) && new RegExp(CLAUDE_FAMILIES).test(s)) {
    return `anthropic/${s}`;
  }
  if (/^(?:gpt-[0-9][a-z0-9.-]*|o[1-9](?:-[a-z0-9.-]+)?|codex-[a-z0-9.-]+)$/.test(s)) return `openai/${s}`;
  if (/^gemini-[0-9][a-z0-9.-]*$/.test(s)) return `google/${s}`;
  return undefined;
}
