/** `.env` files an assistant loads: every variable is an item, secret-looking values redacted. */
import { envItem } from '../extract/env.js';
import { parseDotenv } from '../formats/dotenv.js';
import { envValue } from '../redact.js';
import type { Parser } from '../types.js';

export const parseDotenvFile: Parser = ({ text }) => ({
  items: parseDotenv(text).map(([key, value]) => envItem(key, key, envValue(key, value))),
});
