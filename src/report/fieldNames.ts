// Metric definitions for readers: the sentences that name data fields left out.

/** A metric definition for readers: the sentences that name data fields (`share_net = …`) left out. */
export function withoutFieldNames(definition: string): string {
  const sentences = definition.split(/(?<=\.)\s+/);
  return sentences.filter((sentence) => !/\b[a-z]+_[a-z_]+\b/.test(sentence)).join(' ');
}
