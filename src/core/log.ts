/**
 * The library never prints: it logs through this seam. The action routes it to core.debug/info/warning,
 * the CLI to stderr. Nothing secret (tokens, JWTs) is ever passed to a logger.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
};
