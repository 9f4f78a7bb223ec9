/**
 * Aider `.aider.conf.yml`: lint and test commands, auto-run switches (`yes-always` is a red flag), files read
 * into the context, env, API base URLs, and the attribution switches.
 */
import { envItem, endpointItem } from '../extract/env.js';
import { parseYaml } from '../formats/yaml.js';
import { permissionItem } from '../items.js';
import { envValue } from '../redact.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { asArray, isObj, str, valueText } from '../values.js';

const ATTRIBUTION = ['attribute-co-authored-by', 'attribute-author', 'attribute-committer'];

export const parseAiderYaml: Parser = ({ text }) => {
  const doc = parseYaml(text);
  if (doc === null || doc === undefined) return { items: [], document: doc };
  if (!isObj(doc)) throw new SurfaceParseError('.aider.conf.yml is not a YAML mapping');
  const items: ItemDraft[] = [];
  for (const k of ['lint-cmd', 'test-cmd']) {
    for (const c of asArray(doc[k])) {
      const command =
        str(c) ??
        (isObj(c)
          ? Object.entries(c)
              .map(([lang, cmd]) => `${lang}: ${str(cmd)}`)
              .join('; ')
          : undefined);
      if (command) items.push({ kind: 'command', capabilities: ['EXEC'], key: k, event: k, command });
    }
  }
  for (const k of ['auto-lint', 'auto-test', 'yes-always']) {
    if (doc[k] === undefined) continue;
    items.push(
      permissionItem(
        k,
        valueText(doc[k]),
        k === 'yes-always' && doc[k] === true
          ? {
              flag: 'auto-approve',
              reason: 'yes-always: true confirms every action, including running commands',
            }
          : undefined,
      ),
    );
  }
  for (const f of asArray(doc.read))
    items.push({ kind: 'permission', capabilities: ['INSTR'], key: 'read', value: valueText(f) });
  if (doc.load !== undefined)
    items.push({ kind: 'command', capabilities: ['EXEC'], key: 'load', value: valueText(doc.load) });
  if (doc['env-file'] !== undefined)
    items.push({
      id: 'env|env-file',
      kind: 'env',
      capabilities: ['ENV'],
      key: 'env-file',
      value: valueText(doc['env-file']),
    });
  for (const e of asArray(doc['set-env'])) {
    const [k = '', ...v] = String(e).split('=');
    items.push(envItem(`set-env.${k}`, k, envValue(k, v.join('='))));
  }
  const suppression = ATTRIBUTION.filter((k) => doc[k] === false).map((k) => `${k}=false`);
  for (const [k, v] of Object.entries(doc)) {
    if (/api-base$/.test(k) && typeof v === 'string') items.push(endpointItem(k, k, v));
  }
  return { items, suppression, document: doc };
};
