// Every dataset kind the pipeline knows, most specific first: a folder is of the first kind
// whose detect() accepts its file names (the shop's drops are the fallback).
import type { KindAdapter } from './adapter.ts';
import { olistAdapter } from './olist/adapter.ts';
import { onlineRetailAdapter } from './online-retail/adapter.ts';
import type { DatasetKind } from './types.ts';

export const KIND_ADAPTERS: readonly KindAdapter[] = [olistAdapter, onlineRetailAdapter];

export function adapterOf(kind: DatasetKind | undefined): KindAdapter {
  return KIND_ADAPTERS.find((a) => a.profile.kind === (kind ?? 'online_retail'))!;
}

/** The kind of a folder holding these file names, or null when no kind reads it. */
export function detectKind(names: readonly string[]): DatasetKind | null {
  return KIND_ADAPTERS.find((a) => a.detect(names))?.profile.kind ?? null;
}
