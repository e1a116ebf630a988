// Whether two products are variants of one product line (the same thing in another colour or
// size), so that buying them together says nothing worth a bundle. Variants when any of:
//   1. the stock codes have the same digits and differ only in their letters (85099B / 85099C);
//   2. the descriptions are the same once colour and size words are left out
//      ("REGENCY TEACUP AND SAUCER GREEN" / "… PINK");
//   3. the descriptions, so stripped, have the same 3 or more words but the last, a word without
//      digits ("FELTCRAFT CUSHION RABBIT" / "… OWL"; not Olist's "bed bath table · f1c7f353");
//   4. the codes are all digits of one length that differ only in the last digit and the stripped
//      descriptions share at least half their words (22697 GREEN / 22699 ROSES REGENCY TEACUP …).

const COLOUR_AND_SIZE = new Set([
  'RED', 'PINK', 'BLUE', 'GREEN', 'WHITE', 'BLACK', 'IVORY', 'CREAM', 'PURPLE', 'YELLOW', 'ORANGE', 'GOLD', 'SILVER',
  'BROWN', 'GREY', 'GRAY', 'LILAC', 'TURQUOISE', 'AQUA', 'NAVY', 'BEIGE', 'COPPER', 'MAUVE', 'LIME', 'TEAL', 'FUCHSIA',
  'SMALL', 'MEDIUM', 'LARGE', 'MINI', 'BIG', 'XL',
]);

const words = (description: string) => description.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);

export function withoutColourAndSize(description: string): string {
  return words(description).filter((w) => !COLOUR_AND_SIZE.has(w)).join(' ');
}

export function isVariantPair(a: { code: string; description: string }, b: { code: string; description: string }): boolean {
  const [codeA, codeB] = [a.code.toUpperCase(), b.code.toUpperCase()];
  const digitsA = codeA.replace(/[A-Z]+$/, '');
  const digitsB = codeB.replace(/[A-Z]+$/, '');
  if (/^\d+$/.test(digitsA) && digitsA === digitsB) return true;
  const [bareA, bareB] = [withoutColourAndSize(a.description), withoutColourAndSize(b.description)];
  if (bareA !== '' && bareA === bareB) return true;
  const [wordsA, wordsB] = [bareA.split(' '), bareB.split(' ')];
  const lastIsWord = /^[A-Z]+$/.test(wordsA.at(-1)!) && /^[A-Z]+$/.test(wordsB.at(-1)!);
  if (lastIsWord && wordsA.length >= 3 && wordsA.length === wordsB.length && wordsA.slice(0, -1).join(' ') === wordsB.slice(0, -1).join(' ')) return true;
  const sameStem = /^\d+$/.test(codeA) && /^\d+$/.test(codeB) && codeA.length === codeB.length && codeA.slice(0, -1) === codeB.slice(0, -1);
  const shared = wordsA.filter((w) => wordsB.includes(w)).length;
  return sameStem && shared * 2 >= Math.max(wordsA.length, wordsB.length);
}
