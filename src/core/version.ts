import pkg from '../../package.json' with { type: 'json' };

/** The product's version, from package.json (one place). */
export const VERSION: string = pkg.version;
