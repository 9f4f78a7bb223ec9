/** snappyjs ships no types: the two functions we use (Snappy block format, as GitHub's bundle_url serves). */
declare module 'snappyjs' {
  export function uncompress<T extends ArrayBuffer | Uint8Array>(compressed: T, maxLength?: number): T;
  export function compress<T extends ArrayBuffer | Uint8Array>(uncompressed: T): T;
}
