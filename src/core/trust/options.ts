/**
 * The trust options of verify (`--trusted-root`, `--offline`, `--require-fresh-root`, `--tuf-url`/`--tuf-root`,
 * and the action's inputs) checked against each other, and turned into what the verifier takes. Combinations
 * that cannot be honoured are usage errors naming the options as the user wrote them.
 */
import { AgentAttestError } from '../errors.js';
import type { Logger } from '../log.js';
import { tufCacheDir } from './cache.js';
import { GITHUB, PUBLIC_GOOD } from './instances.js';
import type { TrustSources } from './index.js';

export interface TrustOptionValues {
  trustedRoot?: string;
  offline?: boolean;
  requireFreshRoot?: boolean;
  tufUrl?: string;
  tufRoot?: string;
}

type TrustOptionKey = keyof TrustOptionValues;

export function trustSources(
  o: TrustOptionValues,
  deps: { env: { runnerToolCache?: string; xdgCacheHome?: string; offline?: boolean }; logger?: Logger },
  name: (key: TrustOptionKey) => string,
): TrustSources {
  const usage = (message: string) => new AgentAttestError('USAGE', message);
  if ((o.tufUrl === undefined) !== (o.tufRoot === undefined))
    throw usage(
      `${name('tufUrl')} and ${name('tufRoot')} go together: give the repository URL and the root.json to start from.`,
    );
  if (o.tufUrl !== undefined && o.trustedRoot !== undefined)
    throw usage(`${name('trustedRoot')} and ${name('tufUrl')} name two sources of trust; give one.`);
  if (o.offline && o.requireFreshRoot)
    throw usage(
      `${name('offline')} and ${name('requireFreshRoot')} exclude each other (a fresh root needs the network); give one.`,
    );
  const file = o.trustedRoot !== undefined && o.trustedRoot !== PUBLIC_GOOD && o.trustedRoot !== GITHUB;
  if (file && o.requireFreshRoot)
    throw usage(
      `${name('requireFreshRoot')} applies to roots kept current over TUF; ${name('trustedRoot')} ${o.trustedRoot} is a file used as given. Give one.`,
    );
  return {
    tuf: {
      cacheDir: tufCacheDir(deps.env),
      // AGENT_ATTEST_OFFLINE sets the default; asking for a fresh root overrides it.
      offline: o.offline || (o.requireFreshRoot ? false : (deps.env.offline ?? false)),
      requireFresh: o.requireFreshRoot,
      logger: deps.logger,
    },
    ...(o.tufUrl !== undefined ? { repository: { url: o.tufUrl, rootPath: o.tufRoot! } } : {}),
  };
}
