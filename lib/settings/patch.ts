// The team's changes from the defaults, as a small JSON patch. Whole settings are ~45 KB (the
// classification policy alone ~33 KB) and browser sync allows 8 KB per item: storing only what
// the team changed keeps most configurations in sync, and a team also gets any phrase or reply a
// newer Gvul adds to the defaults it did not touch.
//
// The patch language (pure data, no code):
// - a plain object patch holds only the keys that changed; `null` removes a key the base has;
// - a list whose items all carry a unique string `id` (parties, signals, replies...) is patched
//   item by item: `{ "$byId": { id: patch | null | whole new item }, "$order"?: ids }`, where
//   `$order` is written only when the order is not the base's (kept items in base order, then
//   new ones in theirs);
// - any other value, and any other list (phrases, opening hours), is replaced whole.
// `applyPatch(base, diffPatch(base, value))` deep-equals `value` for every JSON value.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Patch = Json | undefined;

type JsonObject = { [key: string]: Json };

interface ListPatch {
  $byId: Record<string, Json>;
  $order?: string[];
}

// Writes that stay own properties even for a key like "__proto__" from a hand-written file.
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The items' ids when every item is an object with a unique string id; otherwise null. */
function idsOf(list: Json[]): string[] | null {
  const ids: string[] = [];
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string') return null;
    ids.push(item.id);
  }
  return new Set(ids).size === ids.length ? ids : null;
}

const isListPatch = (v: unknown): v is ListPatch => isObject(v) && isObject(v.$byId);

/** What turns `base` into `value`; undefined when they are equal. */
export function diffPatch(base: unknown, value: unknown): Patch {
  if (deepEqual(base, value)) return undefined;
  const v = value as Json;
  if (Array.isArray(base) && Array.isArray(v)) {
    const baseIds = idsOf(base);
    const valueIds = idsOf(v);
    if (!baseIds || !valueIds || base.length === 0) return v;
    const byBase = new Map(base.map((item) => [(item as JsonObject).id as string, item]));
    const byValue = new Map(v.map((item) => [(item as JsonObject).id as string, item]));
    const $byId: Record<string, Json> = {};
    for (const id of baseIds) {
      if (!byValue.has(id)) $byId[id] = null;
      else {
        const p = diffPatch(byBase.get(id), byValue.get(id));
        if (p !== undefined) $byId[id] = p;
      }
    }
    for (const id of valueIds) if (!byBase.has(id)) $byId[id] = byValue.get(id)!;
    const patch: ListPatch = { $byId };
    if (!deepEqual(defaultOrder(baseIds, $byId), valueIds)) patch.$order = valueIds;
    return patch as unknown as Json;
  }
  if (isObject(base) && isObject(v)) {
    const patch: JsonObject = {};
    for (const key of Object.keys(v)) {
      if (v[key] === undefined) continue;
      const p = Object.hasOwn(base, key) && base[key] !== undefined ? diffPatch(base[key], v[key]) : v[key];
      if (p !== undefined) put(patch, key, p);
    }
    for (const key of Object.keys(base)) {
      if (base[key] !== undefined && (!Object.hasOwn(v, key) || v[key] === undefined)) put(patch, key, null);
    }
    return patch;
  }
  return v;
}

function defaultOrder(baseIds: string[], $byId: Record<string, Json>): string[] {
  const kept = baseIds.filter((id) => $byId[id] !== null);
  const added = Object.keys($byId).filter((id) => !baseIds.includes(id) && $byId[id] !== null);
  return [...kept, ...added];
}

/** `base` with `patch` applied; `base` itself is never changed. */
export function applyPatch<T>(base: T, patch: Patch): T {
  return apply(base as Json, patch) as T;
}

function apply(base: Json | undefined, patch: Patch): Json | undefined {
  if (patch === undefined) return base;
  if (Array.isArray(base) && isListPatch(patch)) {
    const baseIds = idsOf(base) ?? [];
    const byBase = new Map(base.map((item, i) => [baseIds[i] ?? String(i), item]));
    const items = new Map<string, Json>();
    for (const id of baseIds) {
      const p = patch.$byId[id];
      if (p === null) continue;
      items.set(id, apply(byBase.get(id), p) as Json);
    }
    for (const [id, item] of Object.entries(patch.$byId)) {
      if (!byBase.has(id) && item !== null) items.set(id, item);
    }
    const order = Array.isArray(patch.$order) ? patch.$order : defaultOrder(baseIds, patch.$byId);
    const ordered: Json[] = order.filter((id) => items.has(id)).map((id) => items.get(id)!);
    // Items the order forgot are kept, at the end: a patch never loses data silently.
    for (const [id, item] of items) if (!order.includes(id)) ordered.push(item);
    return ordered;
  }
  if (isObject(patch) && !isListPatch(patch) && isObject(base)) {
    const out: JsonObject = { ...base };
    for (const [key, p] of Object.entries(patch)) {
      if (p === null) delete out[key];
      else put(out, key, apply(Object.hasOwn(base, key) ? base[key] : undefined, p));
    }
    return out;
  }
  return patch;
}

/**
 * `overlay` laid over `base` the way an administrator writes it: objects merge key by key, and
 * lists and values replace the base's. Returns the paths the overlay set (its leaves).
 */
export function overlay<T>(base: T, over: unknown): { value: T; paths: string[][] } {
  const paths: string[][] = [];
  const walk = (b: Json | undefined, o: unknown, path: string[]): Json | undefined => {
    if (o === undefined) return b;
    if (isObject(o) && isObject(b)) {
      const out: JsonObject = { ...b };
      for (const [key, value] of Object.entries(o)) put(out, key, walk(Object.hasOwn(b, key) ? b[key] : undefined, value, [...path, key]));
      return out;
    }
    paths.push(path);
    return o as Json;
  };
  return { value: walk(base as Json, over, []) as T, paths };
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: readonly string[]): unknown {
  let v: unknown = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** A copy of `value` with `path` set to `at` (or removed when `at` is undefined). */
export function setAt<T>(value: T, path: readonly string[], at: unknown): T {
  if (path.length === 0) return at as T;
  const [key, ...rest] = path as [string, ...string[]];
  const container = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const copy: Record<string, unknown> = Array.isArray(container) ? ([...container] as never) : { ...container };
  const next = setAt(container[key], rest, at);
  if (next === undefined) delete copy[key];
  else put(copy, key, next);
  return copy as T;
}

/** Bytes of `value` as JSON in UTF-8, as browser storage quotas count them. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}
