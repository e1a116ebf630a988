// The profile of each dataset kind. A new kind is one folder under pipeline/kinds/ and one line here.
import { olistProfile } from './olist/profile.ts';
import { onlineRetailProfile } from './online-retail/profile.ts';
import type { DatasetKind, KindProfile } from './types.ts';

export const KIND_PROFILES: Record<DatasetKind, KindProfile> = {
  online_retail: onlineRetailProfile,
  olist: olistProfile,
};

/** Reports written before `kind` existed are all shop exports. */
export function profileOf(kind: DatasetKind | undefined | null): KindProfile {
  return KIND_PROFILES[kind ?? 'online_retail'];
}
