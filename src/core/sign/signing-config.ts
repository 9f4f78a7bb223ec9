/**
 * Signing config files (`application/vnd.dev.sigstore.signingconfig.v0.2+json`), read with the
 * @sigstore/protobuf-specs types and resolved to endpoints as the spec says:
 * - a service is a candidate when its API version is one we speak (not 0, "not yet released") and `now` is
 *   inside its `validFor` window (inclusive);
 * - only candidates of the highest such API version are used, newest `validFor.start` first, ties in file order;
 * - the CA: the first candidate;
 * - Rekor logs and TSAs: at most one per `operator` (a service without one counts as its own operator), then
 *   as many as `rekorTlogConfig` / `tsaConfig` select: ANY one, ALL, or EXACT `count` (an error when fewer).
 * sigstore-js's `bundleBuilderFromSigningConfig` does not fit: it accepts only ANY, ignores `validFor.start`
 * and operators, and cannot fetch an existing Rekor entry on a conflict.
 */
import { readFile } from 'node:fs/promises';
import {
  ServiceSelector,
  SigningConfig,
  type Service,
  type ServiceConfiguration,
} from '@sigstore/protobuf-specs';
import { AgentAttestError } from '../errors.js';
import type { RekorService, SigningEndpoints } from './instance.js';

export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';

/** The API versions agent-attest speaks, per kind of service. */
const API_VERSIONS = { ca: [1], rekor: [1, 2], tsa: [1] } as const;

type Kind = keyof typeof API_VERSIONS;
const FIELD: Record<Kind, 'caUrls' | 'rekorTlogUrls' | 'tsaUrls'> = {
  ca: 'caUrls',
  rekor: 'rekorTlogUrls',
  tsa: 'tsaUrls',
};

function configError(file: string, problem: string): AgentAttestError {
  return new AgentAttestError('INPUT_INVALID', `signing config '${file}' ${problem}`);
}

/** Endpoints from a signing config file, as of `now`. */
export async function readSigningConfig(file: string, now: Date = new Date()): Promise<SigningEndpoints> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AgentAttestError(
      'USAGE',
      `--sigstore '${file}' is neither public-good, github, auto nor a readable signing config file`,
    );
  }
  return resolveSigningConfig(parseSigningConfig(text, file), file, now);
}

/** The file's text as a typed SigningConfig; every shape error names the file and what to change. */
export function parseSigningConfig(text: string, file: string): SigningConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw configError(file, 'is not JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw configError(file, `is not a JSON object; expected a ${SIGNING_CONFIG_MEDIA_TYPE} document`);
  const mediaType = (json as { mediaType?: unknown }).mediaType;
  if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE) {
    throw configError(
      file,
      `has mediaType '${String(mediaType)}'; expected ${SIGNING_CONFIG_MEDIA_TYPE} (older signing configs are not read: fetch the current one from the instance)`,
    );
  }
  let config: SigningConfig;
  try {
    config = SigningConfig.fromJSON(json);
  } catch (e) {
    // protobuf-specs throws on an unknown enum value, e.g. a selector other than ALL, ANY or EXACT.
    throw configError(
      file,
      `is not a valid signing config: ${(e as Error).message}; selectors are ALL, ANY or EXACT`,
    );
  }
  for (const kind of Object.keys(FIELD) as Kind[]) {
    config[FIELD[kind]].forEach((service, i) => checkService(service, `${FIELD[kind]}[${i}]`, file));
  }
  return config;
}

function checkService(service: Service, where: string, file: string): void {
  let url: URL | undefined;
  try {
    url = new URL(service.url);
  } catch {
    // handled below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw configError(file, `${where}.url '${service.url}' is not an http(s) URL with scheme and host`);
  for (const end of ['start', 'end'] as const) {
    const date = service.validFor?.[end];
    if (date && Number.isNaN(date.getTime()))
      throw configError(file, `${where}.validFor.${end} is not an RFC 3339 time (e.g. 2025-01-01T00:00:00Z)`);
  }
  if (!Number.isInteger(service.majorApiVersion) || service.majorApiVersion < 0)
    throw configError(file, `${where}.majorApiVersion '${service.majorApiVersion}' is not a whole number`);
}

/** The endpoints a parsed signing config selects at `now`. */
export function resolveSigningConfig(config: SigningConfig, file: string, now: Date): SigningEndpoints {
  const ca = candidates(config.caUrls, 'ca', now)[0];
  if (!ca) throw configError(file, `lists no usable caUrls entry: ${whyNone(config.caUrls, 'ca', now)}`);
  const rekor: RekorService[] = select(config.rekorTlogUrls, config.rekorTlogConfig, 'rekor', file, now).map(
    (s) => ({ url: trimSlash(s.url), apiVersion: s.majorApiVersion }),
  );
  const tsaUrls = select(config.tsaUrls, config.tsaConfig, 'tsa', file, now).map((s) => s.url);
  if (rekor.length === 0 && tsaUrls.length === 0) {
    throw configError(
      file,
      'selects neither a Rekor log nor a TSA; a signature needs one of them to be verifiable: list a usable rekorTlogUrls or tsaUrls entry',
    );
  }
  return { name: file, fulcioUrl: trimSlash(ca.url), rekor, tsaUrls };
}

/** Usable services: a version we speak, valid now, only the highest such version, newest start first. */
function candidates(services: Service[], kind: Kind, now: Date): Service[] {
  const versions: readonly number[] = API_VERSIONS[kind];
  const usable = services.filter((s) => versions.includes(s.majorApiVersion) && validAt(s, now));
  const highest = Math.max(...usable.map((s) => s.majorApiVersion));
  // Array.prototype.sort is stable: equal starts keep the file's order.
  return usable.filter((s) => s.majorApiVersion === highest).sort((a, b) => start(b) - start(a));
}

function validAt(s: Service, now: Date): boolean {
  const t = now.getTime();
  return (s.validFor?.start?.getTime() ?? -Infinity) <= t && t <= (s.validFor?.end?.getTime() ?? Infinity);
}

const start = (s: Service): number => s.validFor?.start?.getTime() ?? -Infinity;

/** Rekor logs or TSAs: one per operator, then as many as the selector asks for. */
function select(
  services: Service[],
  config: ServiceConfiguration | undefined,
  kind: 'rekor' | 'tsa',
  file: string,
  now: Date,
): Service[] {
  const field = FIELD[kind];
  const configField = kind === 'rekor' ? 'rekorTlogConfig' : 'tsaConfig';
  const selector = config?.selector ?? ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
  if (selector === ServiceSelector.SERVICE_SELECTOR_UNDEFINED) {
    if (services.length === 0) return [];
    throw configError(
      file,
      `lists ${field} but no ${configField}.selector; add "${configField}": {"selector": "ANY"} (or "ALL", or "EXACT" with a "count")`,
    );
  }
  const seen = new Set<string>();
  const perOperator = candidates(services, kind, now).filter((s) => {
    const operator = s.operator || s.url;
    if (seen.has(operator)) return false;
    seen.add(operator);
    return true;
  });
  switch (selector) {
    case ServiceSelector.ALL:
      return perOperator;
    case ServiceSelector.ANY:
      if (perOperator.length === 0)
        throw configError(
          file,
          `has ${configField} ANY but no usable ${field} entry: ${whyNone(services, kind, now)}`,
        );
      return perOperator.slice(0, 1);
    case ServiceSelector.EXACT: {
      const count = config?.count ?? 0;
      if (!Number.isInteger(count) || count < 1)
        throw configError(file, `has ${configField} EXACT without a count of 1 or more; add "count": N`);
      if (perOperator.length < count)
        throw configError(
          file,
          `has ${configField} EXACT ${count} but only ${perOperator.length} usable ${field} entr${perOperator.length === 1 ? 'y' : 'ies'} from distinct operators; lower the count or list more services`,
        );
      return perOperator.slice(0, count);
    }
  }
}

/** Why no service of a list is usable now, for the error. */
function whyNone(services: Service[], kind: Kind, now: Date): string {
  if (services.length === 0) return 'the list is empty';
  const versions: readonly number[] = API_VERSIONS[kind];
  if (!services.some((s) => versions.includes(s.majorApiVersion)))
    return `none has majorApiVersion ${versions.join(' or ')} (0 means not yet released)`;
  return `none is valid at ${now.toISOString()} (check validFor.start and validFor.end)`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
