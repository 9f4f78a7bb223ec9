/** The local GitHub-API-compatible server now ships with the devstack (the demo serves it); tests import it here. */
export * from '../../src/devstack/github.js';
