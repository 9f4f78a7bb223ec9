/**
 * The two kinds of glob the policy and the query use, each defined once. Both match the whole value, newlines
 * included: a model id or path with a `\n` in it (signer-controlled text) must not slip past a deny rule
 * because `.` stops at a line break (the regular expressions get the `s` flag).
 */
import picomatch from 'picomatch';

const compiled = new Map<string, RegExp>();

function cached(key: string, build: () => RegExp): RegExp {
  let re = compiled.get(key);
  if (!re) {
    re = build();
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

/** Refs and paths: picomatch globs (`*` within a segment, `**` across); an exact string matches itself. */
export function pathGlobMatch(value: string, globs: string[]): boolean {
  return globs.some((g) =>
    cached(`path:${g}`, () => {
      const re = picomatch.makeRe(g, { dot: true });
      return new RegExp(re.source, `${re.flags.replace('s', '')}s`);
    }).test(value),
  );
}

/**
 * Models: `*` matches any run of characters (model ids have no path structure), `?` one; case-insensitive.
 * Recorded models are normalised to `provider/name` (`anthropic/claude-opus-4-5`); a glob without a `/`
 * matches the name part too, so `claude-opus-*` means what it says and `anthropic/*` pins the provider.
 */
export function modelGlobRegExp(glob: string): RegExp {
  return cached(`model:${glob}`, () => {
    const source = glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    return new RegExp(`^${source}$`, 'is');
  });
}

export function modelGlobMatch(model: string, globs: string[]): boolean {
  const name = model.slice(model.lastIndexOf('/') + 1);
  return globs.some((g) => {
    const re = modelGlobRegExp(g);
    return re.test(model) || (!g.includes('/') && re.test(name));
  });
}
