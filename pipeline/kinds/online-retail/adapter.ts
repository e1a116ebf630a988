// The UK shop's exports: any folder of .csv / .csv.gz / .xlsx drops that is no other kind's.
import type { KindAdapter } from '../adapter.ts';
import { buildQuality } from '../../report/buildQuality.ts';
import { onlineRetailModels } from './models.ts';
import { prepareDrops } from './prepareDrops.ts';
import { onlineRetailProfile } from './profile.ts';

const dropFile = /\.(csv|csv\.gz|xlsx)$/i;

export const onlineRetailAdapter: KindAdapter = {
  profile: onlineRetailProfile,
  detect: (names) => names.some((n) => dropFile.test(n)),
  models: onlineRetailModels,
  customerRecommendations: true,
  async prepare(db, dataset, effects) {
    const sources = await prepareDrops(db, dataset, effects);
    return { sources, quality: (d, name, summary) => buildQuality(d, name, summary.rows_raw, summary.lines_without_customer) };
  },
};
