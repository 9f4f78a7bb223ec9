import { describe, expect, it } from 'vitest';
import { codeSpan, escapeHtml, escapeMarkdown, markdownTable, oneLine } from '../../src/core/markdown.js';

describe('markdown escaping', () => {
  it('escapes HTML so a commit message cannot inject markup', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)> & "q"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;',
    );
  });

  it('keeps a hostile value inside its table cell', () => {
    const hostile = 'a | b\n## heading\r\n[link](javascript:alert(1)) `code` <script>';
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/[\n\r]/);
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toContain('<script>');
    expect(out).toContain('\\[link\\]');
    const table = markdownTable(['name'], [[hostile]]);
    expect(table.split('\n')).toHaveLength(3);
  });

  it('neutralises block markers only where they work: at the start', () => {
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('claude-code 2.0')).toBe('claude-code 2.0');
  });

  it('renders code spans as escaped HTML', () => {
    expect(codeSpan('curl x | sh </code><b>')).toBe('<code>curl x &#124; sh &lt;/code&gt;&lt;b&gt;</code>');
  });

  it('encodes the Markdown GitHub still parses inside inline HTML', () => {
    const out = codeSpan('[x](http://e.example) `y` *z* _w_ ~v~ \\');
    expect(out).not.toMatch(/[[\]`*_~\\]/);
    expect(out).toContain('&#91;x&#93;');
  });

  it('passes raw cells through untouched', () => {
    expect(markdownTable(['a'], [[{ raw: '<code>x</code>' }]])).toContain('| <code>x</code> |');
  });

  it('oneLine folds terminal escapes, newlines and bidi overrides, and cuts long text', () => {
    expect(oneLine('ok\x1b[31mred\r\nnext\u202etxt.exe')).toBe('ok [31mred next txt.exe');
    expect(oneLine('abcdef', 4)).toBe('abc…');
    expect(oneLine('abcd', 4)).toBe('abcd');
  });
});
