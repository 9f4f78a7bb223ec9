/** Files whose change matters as a whole: scripts and Dockerfiles that run, ignore lists that hide files. */
import type { Parser } from '../types.js';

export const parseWholeText: Parser = ({ text }) => ({ items: [], executableText: text });
