import { describe, expect, it } from 'vitest';
import { crumb, customerRef, esc, figuresHtml, productRef, type Refs } from '../../src/report/browserEntity/html.ts';

const refs: Refs = {
  lang: 'fr', dataset: 'shop', base: '/reports',
  links: { products: { '85123A': ['85123a', 1], '22423': ['22423', 0] }, customers: { '12346': ['12346', 0] } },
};

describe('esc', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(esc(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    expect(esc(12.5)).toBe('12.5');
  });
});

describe('entity references drawn in the browser', () => {
  it('link a built product to its page and another to the drawn page, under the base', () => {
    expect(productRef(refs, '85123A', 'WHITE HEART')).toBe('<a href="/reports/fr/shop/products/85123a/" class="ref ref-product"><span class="ref-code">85123A</span> WHITE HEART</a>');
    expect(productRef(refs, '22423', 'REGENCY CAKESTAND')).toContain('href="/reports/fr/shop/product/?id=22423"');
    expect(customerRef(refs, '12346')).toBe('<a href="/reports/fr/shop/customer/?id=12346" class="ref ref-customer">12346</a>');
  });

  it('write an entity without a page as plain text, and escape every data string', () => {
    const html = productRef(refs, '<X>', '<script>alert(1)</script>');
    expect(html).toBe('<span class="ref ref-product"><span class="ref-code">&lt;X&gt;</span> &lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(figuresHtml([{ label: 'a"b', value: '<1>' }])).toBe('<dl class="key-figures"><div class="key-figure"><dt>a&quot;b</dt><dd><span class="key-value">&lt;1&gt;</span></dd></div></dl>');
  });

  it('lead back to the list in the page language', () => {
    expect(crumb(refs, 'products', 'X')).toBe('<p class="entity-heading"><a href="/reports/fr/shop/products/">Produits</a> › X</p>');
  });
});
