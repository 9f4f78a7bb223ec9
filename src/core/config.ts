/**
 * The one module of src/core that reads process.env. Everything else receives these values as
 * arguments, so the library stays pure and testable.
 */
import { homedir } from 'node:os';
import path from 'node:path';

export interface RuntimeEnvironment {
  /** Running inside GitHub Actions. */
  githubActions: boolean;
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` / `_TOKEN`: GitHub's OIDC token protocol (the devstack serves it too). */
  idTokenRequestUrl?: string;
  idTokenRequestToken?: string;
  runnerTemp?: string;
  workspace?: string;
  serverUrl: string;
  apiUrl: string;
  repository?: string;
  eventName?: string;
  eventPath?: string;
  ref?: string;
  sha?: string;
  /** RUNNER_TOOL_CACHE: the runner's tool cache, where verify caches TUF metadata in Actions. */
  runnerToolCache?: string;
  /** XDG_CACHE_HOME: where verify caches TUF metadata elsewhere (default ~/.cache). */
  xdgCacheHome?: string;
  /** AGENT_ATTEST_OFFLINE=1|true: verify never asks a TUF repository unless told to (air-gapped hosts, tests). */
  offline?: boolean;
  /** GITHUB_TOKEN or GH_TOKEN, for the CLI's review evidence and attestation lookups. Never logged. */
  githubToken?: string;
  /** Where `docker login` keeps its config.json: DOCKER_CONFIG, else ~/.docker. */
  dockerConfigDir?: string;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): RuntimeEnvironment {
  const value = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v === '' ? undefined : v;
  };
  return {
    githubActions: value('GITHUB_ACTIONS') === 'true',
    idTokenRequestUrl: value('ACTIONS_ID_TOKEN_REQUEST_URL'),
    idTokenRequestToken: value('ACTIONS_ID_TOKEN_REQUEST_TOKEN'),
    runnerTemp: value('RUNNER_TEMP'),
    workspace: value('GITHUB_WORKSPACE'),
    serverUrl: value('GITHUB_SERVER_URL') ?? 'https://github.com',
    apiUrl: value('GITHUB_API_URL') ?? 'https://api.github.com',
    repository: value('GITHUB_REPOSITORY'),
    eventName: value('GITHUB_EVENT_NAME'),
    eventPath: value('GITHUB_EVENT_PATH'),
    ref: value('GITHUB_REF'),
    sha: value('GITHUB_SHA'),
    runnerToolCache: value('RUNNER_TOOL_CACHE'),
    xdgCacheHome: value('XDG_CACHE_HOME'),
    offline: ['1', 'true'].includes(value('AGENT_ATTEST_OFFLINE')?.toLowerCase() ?? ''),
    githubToken: value('GITHUB_TOKEN') ?? value('GH_TOKEN'),
    dockerConfigDir: value('DOCKER_CONFIG') ?? path.join(value('HOME') ?? homedir(), '.docker'),
  };
}
