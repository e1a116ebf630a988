// /data/<dataset>/entities/<product|customer>/<n>.json: the products and customers without a page
// built in advance, about 16 per file, for the page that draws them in the browser.
import type { APIRoute, GetStaticPaths } from 'astro';
import { entityShard, shardRoutes } from '../../../../../report/entityShardData.ts';
import { datasets } from '../../../../../report/site.ts';
import type { EntityKind } from '../../../../../report/entitySlugs.ts';

export const getStaticPaths = (() =>
  shardRoutes(datasets()).map(({ dataset, kind, shard }) => ({ params: { dataset, kind, shard: String(shard) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(entityShard(params.dataset!, params.kind as EntityKind, Number(params.shard))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
