/**
 * NUL-separated token reader over a byte stream. Tokens are decoded leniently (invalid UTF-8 becomes
 * U+FFFD), and a huge token keeps only its head and tail so memory stays bounded whatever git prints.
 */

/** Bytes kept from each end of an over-long token. */
export const TOKEN_KEEP_BYTES = 512 * 1024;
export const TRUNCATION_MARK = '\n\n[… truncated by agent-attest …]\n\n';

export class NulTokenizer {
  private chunks: Buffer[] = [];
  private pendingLength = 0;
  private head: Buffer | undefined;
  private truncated = false;

  /**
   * Feeds a chunk; calls `emit` for each complete token. When `emit` returns true the reader stops there and
   * returns how many bytes of the chunk it used (the NUL after that token included); otherwise -1.
   */
  push(chunk: Buffer, emit: (token: string) => boolean | void): number {
    let start = 0;
    for (;;) {
      const nul = chunk.indexOf(0, start);
      if (nul < 0) break;
      this.append(chunk.subarray(start, nul));
      start = nul + 1;
      if (emit(this.take()) === true) return start;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
    return -1;
  }

  /**
   * Like push, without decoding: `emit(bytes, start, end)` gets each token's bytes (a view into the chunk when
   * the token lies inside it, else a copy; over-long tokens keep head and tail, as in push).
   */
  pushBytes(chunk: Buffer, emit: (bytes: Buffer, start: number, end: number) => void): void {
    let start = 0;
    for (;;) {
      const nul = chunk.indexOf(0, start);
      if (nul < 0) break;
      if (this.pendingLength === 0 && !this.head) emit(chunk, start, nul);
      else {
        this.append(chunk.subarray(start, nul));
        const token = this.takeBytes();
        emit(token, 0, token.length);
      }
      start = nul + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
  }

  /** The unterminated rest, if any (at end of stream), as bytes. */
  flushBytes(emit: (bytes: Buffer, start: number, end: number) => void): void {
    if (this.pendingLength > 0 || this.head) {
      const token = this.takeBytes();
      emit(token, 0, token.length);
    }
  }

  private takeBytes(): Buffer {
    const rest = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const bytes =
      this.truncated && this.head ? Buffer.concat([this.head, Buffer.from(TRUNCATION_MARK), rest]) : rest;
    this.chunks = [];
    this.pendingLength = 0;
    this.head = undefined;
    this.truncated = false;
    return bytes;
  }

  /** The unterminated rest, if any (at end of stream). */
  flush(emit: (token: string) => void): void {
    if (this.pendingLength > 0 || this.head) emit(this.take());
  }

  private append(part: Buffer): void {
    if (part.length === 0) return;
    this.chunks.push(part);
    this.pendingLength += part.length;
    if (this.pendingLength > 2 * TOKEN_KEEP_BYTES) {
      const all = Buffer.concat(this.chunks);
      if (!this.head) this.head = Buffer.from(all.subarray(0, TOKEN_KEEP_BYTES));
      this.truncated = true;
      this.chunks = [Buffer.from(all.subarray(all.length - TOKEN_KEEP_BYTES))];
      this.pendingLength = TOKEN_KEEP_BYTES;
    }
  }

  private take(): string {
    const rest = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    let text: string;
    if (this.truncated && this.head)
      text = this.head.toString('utf8') + TRUNCATION_MARK + rest.toString('utf8');
    else text = rest.toString('utf8');
    this.chunks = [];
    this.pendingLength = 0;
    this.head = undefined;
    this.truncated = false;
    return text;
  }
}

/** `added\tremoved\tpath` of `--numstat -z`; an empty path means a rename whose two paths follow. */
export interface NumstatEntry {
  added: number;
  removed: number;
  path: string;
  oldPath?: string;
}
