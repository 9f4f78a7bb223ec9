/** `.github/workflows/copilot-setup-steps.yml`: the steps the Copilot coding agent runs before it starts. */
import { envItems } from '../extract/env.js';
import { parseYaml } from '../formats/yaml.js';
import { append } from '../items.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { asArray, isObj, str } from '../values.js';

export const parseCopilotSetupSteps: Parser = ({ text }) => {
  const doc = parseYaml(text);
  if (!isObj(doc)) throw new SurfaceParseError('workflow is not a YAML mapping');
  const items: ItemDraft[] = [];
  const job = isObj(doc.jobs) ? doc.jobs['copilot-setup-steps'] : undefined;
  if (!isObj(job)) return { items, document: doc };
  asArray(job.steps).forEach((step, i) => {
    if (!isObj(step)) return;
    const name = str(step.name) ?? str(step.id) ?? `#${i}`;
    // `run` is a shell line the runner executes; `uses` names an action that runs its own code.
    for (const field of ['run', 'uses'] as const) {
      const text = str(step[field]);
      if (!text) continue;
      items.push({
        id: `step|${name}|${field}`,
        kind: 'command',
        capabilities: ['EXEC'],
        key: `steps[${name}].${field}`,
        event: 'agent-setup',
        ...(field === 'run' ? { command: text } : { value: text }),
      });
    }
    append(items, envItems(step.env, `steps[${name}].env`));
  });
  return { items, document: doc };
};
