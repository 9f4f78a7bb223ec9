/** `import text from 'SPEC?text'`: a file's contents, inlined at build time (scripts/text-import.mjs). */
declare module '*?text' {
  const text: string;
  export default text;
}
