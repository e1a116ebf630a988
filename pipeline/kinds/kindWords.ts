// Puts a report file's grain and definition into the words of the dataset's kind (its glossary:
// pipeline/kinds/<kind>/glossary.ts). Only those two texts: rows and column names stay as the
// contract has them.
import type { KindProfile } from './types.ts';

export function inKindWords(text: string, glossary: KindProfile['glossary']): string {
  return glossary.reduce<string>((out, [from, to]) => (typeof from === 'string' ? out.replaceAll(from, to) : out.replace(from, to)), text);
}

export function withKindWords(files: ReadonlyMap<string, unknown>, profile: KindProfile): Map<string, unknown> {
  if (profile.glossary.length === 0) return new Map(files);
  const out = new Map<string, unknown>();
  for (const [name, content] of files) {
    if (content && typeof content === 'object' && 'definition' in content && 'grain' in content) {
      const file = content as { grain: string; definition: string };
      out.set(name, { ...file, grain: inKindWords(file.grain, profile.glossary), definition: inKindWords(file.definition, profile.glossary) });
    } else {
      out.set(name, content);
    }
  }
  return out;
}
