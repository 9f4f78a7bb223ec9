import { parse as parseTomlText } from 'smol-toml';
import { SurfaceParseError } from '../types.js';
import { firstLine } from './errors.js';

export function parseToml(text: string): unknown {
  try {
    return parseTomlText(text);
  } catch (e) {
    throw new SurfaceParseError(`invalid TOML: ${firstLine(e)}`);
  }
}
