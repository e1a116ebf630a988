// Olist ids are 32 hex digits: the first 8 tell rows apart on a page or a chart (the full id is
// in the tooltip and the CSV). Short ids, like the shop's 5-digit customer numbers, stay whole.
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** Olist product descriptions end in the id's first 8 characters ("bed_bath_table · f1c7f353"): the id need not be shown again. */
export function descriptionNamesId(id: string, description: string): boolean {
  return id.length > 12 && description.endsWith(id.slice(0, 8));
}
