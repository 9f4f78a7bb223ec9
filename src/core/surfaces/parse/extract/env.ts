/** Environment a tool sets for what it runs: each variable is one item, its value redacted where it looks secret. */
import { envValue, redactUrl } from '../redact.js';
import { isObj, type Json } from '../values.js';
import type { ItemDraft } from '../types.js';

export function envItems(env: Json, prefix: string): ItemDraft[] {
  if (!isObj(env)) return [];
  return Object.entries(env).map(([k, v]) => envItem(`${prefix}.${k}`, k, envValue(k, v)));
}

/** One variable at `key` (its name is the event); `value` is already redacted. */
export function envItem(key: string, name: string, value: string): ItemDraft {
  return { id: `env|${key}`, kind: 'env', capabilities: ['ENV'], key, event: name, value };
}

/** A setting that points the assistant at another endpoint (a base URL), without user info or query values. */
export function endpointItem(key: string, name: string, url: string): ItemDraft {
  return { id: `env|${key}`, kind: 'env', capabilities: ['ENV'], key, event: name, url: redactUrl(url) };
}
