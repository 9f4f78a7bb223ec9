/**
 * push-to-registry: each image's bundle (already on disk) attached to the image as an OCI referrer, several
 * images at once with a bound. One image's failure is that image's outcome, named, and never stops the
 * others; the caller decides how to fail after every outcome is known.
 */
import { mapBounded } from '../concurrency.js';
import { messageOf } from '../errors.js';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import { attachBundle, type ReferrerStorage } from './referrers.js';
import { imageName } from './reference.js';
import { RegistryClient, type RegistryOptions } from './registry.js';
import type { ImageSubject } from './subjects.js';

/** Pushes in flight at once: enough to hide registry latency, few enough not to trip rate limits. */
export const DEFAULT_PUSH_CONCURRENCY = 4;

export interface PushItem {
  image: ImageSubject;
  /** The serialized bundle, exactly as written to disk. */
  bundle: Buffer;
  /** The bundle's media type (its `mediaType` field): the referrer's artifact type. */
  mediaType: string;
}

export type PushOutcome =
  | {
      status: 'pushed';
      /** `registry/repository@sha256:…` of the referrer manifest. */
      reference: string;
      storage: ReferrerStorage;
    }
  | { status: 'failed'; error: string };

export interface PushOptions {
  registry: RegistryOptions;
  predicateType: string;
  concurrency?: number;
  now?: () => Date;
  logger?: Logger;
}

export async function pushAttestations(items: PushItem[], opts: PushOptions): Promise<PushOutcome[]> {
  const logger = opts.logger ?? silentLogger;
  const clients = new Map<string, RegistryClient>();
  const clientFor = (image: ImageSubject) => {
    const key = imageName(image.reference);
    let client = clients.get(key);
    if (!client) {
      client = new RegistryClient(
        image.reference.registry,
        image.reference.repository,
        'pull,push',
        opts.registry,
      );
      clients.set(key, client);
    }
    return client;
  };
  return mapBounded(
    items,
    opts.concurrency ?? DEFAULT_PUSH_CONCURRENCY,
    async (item): Promise<PushOutcome> => {
      const where = `${item.image.name}@${item.image.reference.digest}`;
      try {
        const attached = await attachBundle(clientFor(item.image), item.image.reference.digest, item.bundle, {
          mediaType: item.mediaType,
          predicateType: opts.predicateType,
          created: (opts.now ?? (() => new Date()))(),
        });
        const reference = `${item.image.name}@${attached.digest}`;
        logger.info(`Pushed the attestation of ${where} to ${reference} (${attached.storage})`);
        return { status: 'pushed', reference, storage: attached.storage };
      } catch (e) {
        logger.warn(`push-to-registry failed for ${where}: ${messageOf(e)}`);
        return { status: 'failed', error: messageOf(e) };
      }
    },
  );
}

export { mapBounded };
