/**
 * Roots described for people: which root, from where, and how old — one phrase, used in warnings, the CLI's
 * text output and the action's summary.
 */
import type { RootInfo, RootSource } from './types.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** One phrase for a root's source, e.g. `the cached root (checked 3 h ago)`. */
export function describeSource(source: RootSource, now: Date): string {
  switch (source.kind) {
    case 'tuf':
      return `the root just checked over TUF (${source.repository})`;
    case 'tuf-cache':
      return `the cached TUF root (checked ${ago(source.checkedAt!, now)})`;
    case 'cache':
      return `the cached root (last checked ${ago(source.checkedAt!, now)}, ${source.checkedAt})`;
    case 'seed':
      return `the root shipped with this build (${source.seed})`;
    case 'file':
      return `the file ${source.path}`;
  }
}

export function ago(iso: string, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < (2 * DAY_MS) / 1000) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} days ago`;
}

/** A root in one line, e.g. `github (GitHub's instance) from the TUF cache, checked 3 h ago`. */
export function describeRoot(root: RootInfo, now: Date): string {
  const instance = root.instance === root.name ? '' : ` (${root.instance} instance)`;
  const offline =
    root.fallback?.reason === 'offline'
      ? '; offline'
      : root.fallback?.reason === 'unreachable'
        ? '; repository unreachable'
        : '';
  return root.kind === 'file'
    ? `${root.name}${instance}`
    : `${root.name}${instance}: ${describeSource(root, now)}${offline}`;
}
