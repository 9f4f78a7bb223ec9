/**
 * The plain policy rules as options, and their kebab-case names (the verify action's inputs, the CLI's flags).
 * Dependency-free on purpose: the gate reads these names on every run, and a plain verify must not load the
 * policy engine (YAML, ajv) to do so.
 */
import type { Strength, SurfaceAction, UnknownTreatment } from './types.js';

/** Each value may be the raw input string (lists: comma or newline separated) or already typed. */
export interface PolicyInputs {
  requireHumanReview?: boolean | string;
  minApprovals?: number | string;
  allowedAgents?: string[] | string;
  deniedAgents?: string[] | string;
  allowedModels?: string[] | string;
  deniedModels?: string[] | string;
  minEvidenceStrength?: Strength | string;
  maxAgentShare?: number | string;
  /** `allow`, `count-as-agent` or `deny`. */
  unknown?: UnknownTreatment | string;
  /** Shorthand for `executableSurfaces: deny`. */
  denyExecutableSurfaces?: boolean | string;
  executableSurfaces?: SurfaceAction | string;
  maxAge?: string;
}

/** Input names as the verify action spells them (for error messages). */
export const INPUT_NAMES: Record<keyof PolicyInputs, string> = {
  requireHumanReview: 'require-human-review',
  minApprovals: 'min-approvals',
  allowedAgents: 'allowed-agents',
  deniedAgents: 'denied-agents',
  allowedModels: 'allowed-models',
  deniedModels: 'denied-models',
  minEvidenceStrength: 'min-evidence-strength',
  maxAgentShare: 'max-agent-share',
  unknown: 'unknown',
  denyExecutableSurfaces: 'deny-executable-surfaces',
  executableSurfaces: 'executable-surfaces',
  maxAge: 'max-age',
};
