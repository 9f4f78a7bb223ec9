/**
 * Container images: references, credentials, the registry client, image subjects (references and OCI
 * layouts), bundles pushed as OCI referrers and found again. See docs/images.md.
 */
export {
  dockerConfigCredentials,
  runCredentialHelper,
  type CredentialSource,
  type RegistryCredentials,
} from './credentials.js';
export { readImageLayout, type LayoutImage } from './layout.js';
export {
  DEFAULT_PUSH_CONCURRENCY,
  mapBounded,
  pushAttestations,
  type PushItem,
  type PushOutcome,
} from './push.js';
export {
  formatReference,
  imageName,
  isLoopbackRegistry,
  isOciArgument,
  parseImageReference,
  type ImageReference,
} from './reference.js';
export {
  attachBundle,
  discoverBundles,
  referrersTag,
  SIGSTORE_BUNDLE_V03,
  type DiscoveredBundle,
} from './referrers.js';
export { RegistryClient, type RegistryOptions } from './registry.js';
export { resolveImageSubjects, type ImageSubject, type ImageSubjectInput } from './subjects.js';
