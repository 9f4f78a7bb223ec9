import { parse as parseYamlText } from 'yaml';
import { SurfaceParseError } from '../types.js';
import { firstLine } from './errors.js';

/** YAML, with alias expansion bounded (a billion-laughs file is an error, not a hang). */
export function parseYaml(text: string): unknown {
  try {
    return parseYamlText(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (e) {
    throw new SurfaceParseError(`invalid YAML: ${firstLine(e)}`);
  }
}
