import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/charts/href.ts';

describe('safeHref', () => {
  it('keeps relative paths and http(s) URLs', () => {
    for (const href of ['/products/85123a/', 'products/85123a', './a', '../a', '#top', '?q=1', 'https://example.com/x', 'HTTP://example.com']) {
      expect(safeHref(href), href).toBe(href);
    }
  });

  it('drops script, data, protocol-relative and obfuscated URLs', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example/',
      '/\\evil.example/',
      'https:evil',
      '',
      '   ',
      null,
      42,
    ]) {
      expect(safeHref(href), String(href)).toBeUndefined();
    }
  });
});
