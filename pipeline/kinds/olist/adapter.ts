// The Olist marketplace export: recognised by its table file names, nine tables mapped onto the
// shop's line model, one ledger over every table.
import type { KindAdapter } from '../adapter.ts';
import { buildOlistQuality } from '../../olist/buildOlistQuality.ts';
import { isOlistFolder } from '../../olist/olistTables.ts';
import { prepareOlist } from '../../olist/prepareOlist.ts';
import { olistModels } from './models.ts';
import { olistProfile } from './profile.ts';

export const olistAdapter: KindAdapter = {
  profile: olistProfile,
  detect: isOlistFolder,
  models: olistModels,
  customerRecommendations: false,
  async prepare(db, dataset, effects) {
    const { sources, load } = await prepareOlist(db, dataset.folders, effects);
    return { sources, quality: (d, name, summary) => buildOlistQuality(d, name, load, summary.lines_without_customer) };
  },
};
