/**
 * What a surface parser returns. A parser turns one side (old or new) of a surface file into what it can do, as
 * data; nothing is ever executed. It throws SurfaceParseError when the file is not valid for its format, and the
 * caller then reports the file with its rule's conservative capabilities.
 */
import type { SurfaceCapability, SurfaceFlag, SurfaceItemKind } from '../types.js';

export class SurfaceParseError extends Error {}

/** One thing a surface file can do. `id` identifies it across old/new; `fingerprint` is compared for changes. */
export interface ParsedItem {
  id: string;
  kind: SurfaceItemKind;
  capabilities: SurfaceCapability[];
  key: string;
  event?: string;
  command?: string;
  url?: string;
  value?: string;
  /** Red flags the parser can see from the structure (the analyser adds those read from commands). */
  flags?: { flag: SurfaceFlag; reason: string }[];
  /** Command text from instruction prose: only used to find referenced helpers. */
  instructed?: boolean;
  /** An `@import` of another instruction file (the path is in `value`). */
  imported?: boolean;
}

export interface ParsedSurface {
  items: ParsedItem[];
  /** Text loaded into the model's context; compared to decide INSTR. */
  instructionText?: string;
  /** Attribution-suppressing settings present (e.g. `includeCoAuthoredBy=false`). */
  suppression: string[];
  /** The parsed document, for the list of changed top-level keys. */
  document?: unknown;
  /** The whole file is executable content (scripts, Dockerfiles): compared line by line. */
  executableText?: string;
}

/** An item as a parser finds it. Without an `id`, one is derived from kind, key and content (see items.ts). */
export type ItemDraft = Omit<ParsedItem, 'id'> & { id?: string };

/** What one parser read, in the order it was found; parseSurface turns it into a ParsedSurface. */
export interface ParserResult {
  items: ItemDraft[];
  /** Pieces of text loaded into the model's context. */
  instructions?: string[];
  suppression?: string[];
  document?: unknown;
  executableText?: string;
}

export interface ParserInput {
  path: string;
  content: Buffer;
  /** `content` decoded as UTF-8. */
  text: string;
}

export type Parser = (input: ParserInput) => ParserResult;
