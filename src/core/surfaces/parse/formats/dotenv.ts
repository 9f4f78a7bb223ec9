/** `.env` files: `[export] KEY=value` lines, one quote pair removed; anything else is ignored, as dotenv does. */
export function parseDotenv(text: string): [key: string, value: string][] {
  const entries: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (m) entries.push([m[1]!, (m[2] ?? '').replace(/^(['"])(.*)\1$/, '$2')]);
  }
  return entries;
}
