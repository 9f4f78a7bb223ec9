/** The two kinds of glob the policy and the query use, each defined once. */
import picomatch from 'picomatch';

/** Refs and paths: picomatch globs (`*` within a segment, `**` across); an exact string matches itself. */
export function pathGlobMatch(value: string, globs: string[]): boolean {
  return globs.some((g) => picomatch.isMatch(value, g, { dot: true }));
}

/**
 * Models: `*` matches any run of characters (model ids have no path structure), `?` one; case-insensitive.
 * Recorded models are normalised to `provider/name` (`anthropic/claude-opus-4-5`); a glob without a `/`
 * matches the name part too, so `claude-opus-*` means what it says and `anthropic/*` pins the provider.
 */
export function modelGlobRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i');
}

export function modelGlobMatch(model: string, globs: string[]): boolean {
  const name = model.slice(model.lastIndexOf('/') + 1);
  return globs.some((g) => {
    const re = modelGlobRegExp(g);
    return re.test(model) || (!g.includes('/') && re.test(name));
  });
}
