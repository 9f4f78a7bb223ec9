/** Turning a parser's drafts into items with ids that are stable between the old and the new content. */
import { clip } from './values.js';
import type { ItemDraft, ParsedItem } from './types.js';

/** A finding lists what changed among these; more would only repeat the same kind of entry. */
export const MAX_ITEMS = 500;

/**
 * Gives each draft an id: its own, or kind|key|content. A repeated id gets `#2`, `#3`, … in the order found, so
 * two identical hooks stay two items. Commands are clipped after the id is taken from the full text.
 */
export function withIds(drafts: readonly ItemDraft[]): ParsedItem[] {
  const counts = new Map<string, number>();
  const items: ParsedItem[] = [];
  for (const draft of drafts) {
    if (items.length >= MAX_ITEMS) break;
    const base = draft.id ?? `${draft.kind}|${draft.key}|${draft.command ?? draft.url ?? draft.value ?? ''}`;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const item: ParsedItem = { ...draft, id: n === 1 ? base : `${base}#${n}` };
    if (item.command !== undefined) item.command = clip(item.command);
    items.push(item);
  }
  return items;
}

/** A setting that changes what the assistant may do without asking, with its red flag when it is on. */
export function permissionItem(
  key: string,
  value: string,
  flag?: Pick<NonNullable<ParsedItem['flags']>[number], 'flag' | 'reason'>,
  capabilities: ParsedItem['capabilities'] = ['PERM'],
): ItemDraft {
  return {
    id: `perm|${key}`,
    kind: 'permission',
    capabilities,
    key,
    value,
    ...(flag ? { flags: [flag] } : {}),
  };
}

/** Appends without spreading: a 1 MiB file can hold more entries than a call may take as arguments. */
export function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}
