/** Values a surface sets can be secrets: what goes into a finding is redacted here, and only here. */
import { clip, str, type Json } from './values.js';

const SECRET_KEY = /(key|token|secret|passw|credential|auth|cookie|session|private|signature|bearer)/i;

/** Env values: keys that look secret are redacted; URLs lose user info and query values. */
export function envValue(key: string, value: Json): string {
  const text = str(value) ?? JSON.stringify(value) ?? '';
  if (SECRET_KEY.test(key) && !/(_BASE_URL|_URL|_HOST|_ENDPOINT)$/i.test(key)) return '<redacted>';
  return clip(redactUrl(text), 300);
}

/** A URL without its user info and query values; anything that is not a URL is returned as written. */
export function redactUrl(text: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  try {
    const u = new URL(text);
    if (!u.username && !u.password && !u.search) return text; // nothing to hide: keep the text as written
    if (u.username) u.username = 'redacted';
    if (u.password) u.password = 'redacted';
    for (const k of [...u.searchParams.keys()]) u.searchParams.set(k, 'redacted');
    return u.toString();
  } catch {
    return text.replace(/\/\/[^/@\s]*@/, '//redacted@');
  }
}
