/** Reading untyped parsed documents (JSON, YAML, TOML) without trusting their shape. */

export type Json = unknown;
export type Obj = Record<string, Json>;

export function isObj(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A list, a single value as a list of one, or nothing. */
export function asArray(v: Json): Json[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** A scalar as text; undefined for objects, arrays and null. */
export function str(v: Json): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

const MAX_TEXT = 1000;

export function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}…[${text.length - max} more characters]` : text;
}

/** A setting's value for display: scalars as written, anything else as JSON, clipped. */
export function valueText(v: Json): string {
  return clip(str(v) ?? JSON.stringify(v) ?? 'null', 300);
}

/** Whether a setting is switched on (VS Code accepts objects and lists of approvals as "on"). */
export function truthy(v: Json): boolean {
  if (isObj(v)) return Object.keys(v).length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return v === true || v === 'on' || v === 'true' || v === 'always';
}
