/** JSON/YAML configs of tools without a dedicated parser: the generic walk over the whole document. */
import { genericItems } from '../extract/generic.js';
import { parseJsonc } from '../formats/jsonc.js';
import { parseYaml } from '../formats/yaml.js';
import type { Parser, ParserResult } from '../types.js';

function walked(document: unknown): ParserResult {
  const { items, instructions } = genericItems(document);
  return { items, instructions, document };
}

export const parseGenericJson: Parser = ({ text }) => walked(parseJsonc(text));
export const parseGenericYaml: Parser = ({ text }) => walked(parseYaml(text));
