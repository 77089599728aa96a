// Every key of the client's query cache. Invalidating a key also refreshes the keys it starts,
// so `myCollectionLists()` reaches every list of my collections, whatever paper it was asked for.
export const queryKeys = {
  /** Who is signed in: the header's menu and the copy button share it. */
  me: () => ["me"] as const,
  /** The viewer's vote and save, and the fresh count, of one paper (loaded in page-wide batches). */
  paperState: (paperId: string) => ["paper-state", paperId] as const,
  /** Every paper's state: the cards a page shows are the ones whose state is in use. */
  paperStates: () => ["paper-state"] as const,
  /** One paper as the public API gives it (the whole abstract behind a card's "more"). */
  paper: (paperId: string) => ["paper", paperId] as const,
  myCollectionLists: () => ["my-collections"] as const,
  /** My collections; with a paper, each says whether it holds that paper ("Save to…"). */
  myCollections: (paperId?: string) => ["my-collections", paperId ?? null] as const,
  /** One of my collections with its items, as its owner edits it. */
  collection: (id: string) => ["collection", id] as const,
  /** The header's unread count of my inbox. */
  inboxUnread: () => ["inbox-unread"] as const,
  /** Every page of my inbox. */
  inboxPages: () => ["inbox"] as const,
  /** One page of my inbox: the first (null) or the one after a cursor. */
  inboxPage: (cursor: string | null) => ["inbox", cursor] as const,
  /** My votes and own comments in one paper's discussion (from the same batched request). */
  commentState: (paperId: string) => ["comment-state", paperId] as const,
  /** My alerts (what I follow), for Follow buttons and the list on /inbox. */
  myAlerts: () => ["my-alerts"] as const,
};
