// The collection API, as the browser calls it. The response types are imported here and nowhere
// else on the client, so that typing them from the server's schemas later changes this file only.
import { fetchJson } from "@/lib/client/fetch-json";
import type { CollectionItemView, CollectionWithItems, OwnedCollection } from "@/lib/collections/collection-view";
import type { MyCollection } from "@/lib/collections/list-my-collections";
import type { CollectionVisibility } from "@/lib/validations/collection";

export type { CollectionItemView, MyCollection, OwnedCollection };
/** A collection as its owner edits it. */
export type OwnedCollectionWithItems = CollectionWithItems<OwnedCollection>;
export type CopySource = { token: string } | { collectionId: string };

const collection = (id: string) => `/api/me/collections/${encodeURIComponent(id)}`;
const item = (id: string, paperId: string) => `${collection(id)}/items/${encodeURIComponent(paperId)}`;

export const collectionsApi = {
  list: (paperId?: string) =>
    fetchJson<{ collections: MyCollection[] }>(`/api/me/collections${paperId ? `?paperId=${encodeURIComponent(paperId)}` : ""}`).then(
      (r) => r.collections,
    ),
  get: (id: string) => fetchJson<{ collection: OwnedCollectionWithItems }>(collection(id)).then((r) => r.collection),
  create: (body: { title: string; description?: string; visibility?: CollectionVisibility; paperId?: string }) =>
    fetchJson<{ collection: OwnedCollection }>("/api/me/collections", { method: "POST", body }).then((r) => r.collection),
  update: (id: string, body: { title?: string; description?: string; visibility?: CollectionVisibility }) =>
    fetchJson<{ collection: OwnedCollection }>(collection(id), { method: "PATCH", body }).then((r) => r.collection),
  remove: (id: string) => fetchJson<{ deleted: true }>(collection(id), { method: "DELETE" }),
  addItem: (id: string, paperId: string) => fetchJson<{ added: boolean }>(item(id, paperId), { method: "PUT" }),
  removeItem: (id: string, paperId: string) => fetchJson<{ removed: boolean }>(item(id, paperId), { method: "DELETE" }),
  setNote: (id: string, paperId: string, note: string) =>
    fetchJson<{ note: string }>(item(id, paperId), { method: "PATCH", body: { note } }),
  move: (id: string, paperId: string, after: string | null) =>
    fetchJson<{ moved: boolean }>(item(id, paperId), { method: "PATCH", body: { after } }),
  share: (id: string, regenerate = false) =>
    fetchJson<{ collection: OwnedCollection; sharePath: string }>(`${collection(id)}/share`, { method: "POST", body: { regenerate } }).then(
      (r) => r.collection,
    ),
  stopSharing: (id: string) =>
    fetchJson<{ collection: OwnedCollection }>(`${collection(id)}/share`, { method: "DELETE" }).then((r) => r.collection),
  copy: (source: CopySource) =>
    fetchJson<{ collection: OwnedCollection }>("/api/me/collections/copies", { method: "POST", body: source }).then((r) => r.collection),
  /** The Save button: into the Reading list, made on first use. */
  save: (paperId: string) =>
    fetchJson<{ saved: true; collectionId: string; added: boolean }>("/api/me/saves", { method: "POST", body: { paperId } }),
  /** Out of every collection of mine. */
  unsave: (paperId: string) =>
    fetchJson<{ saved: false; removedFrom: { id: string; title: string }[] }>(`/api/me/saves/${encodeURIComponent(paperId)}`, {
      method: "DELETE",
    }),
};
