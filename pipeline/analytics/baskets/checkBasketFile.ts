// Every basket and recommendation file passes its contract (src/contracts/baskets.ts) before it
// is handed on to be written.
import { basketFileSchema, type BasketFile } from '../../../src/contracts/baskets.ts';
import { contractError } from '../../errors.ts';

export function checkBasketFile<T>(file: BasketFile, content: T): T {
  const parsed = basketFileSchema(file).safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw contractError(`${file}.json`, issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid');
  }
  return content;
}
