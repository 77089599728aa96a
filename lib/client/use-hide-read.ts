"use client";

import { useCallback, useSyncExternalStore } from "react";

// "Hide read" is remembered in this browser's localStorage, per person (the key holds their id):
// it is a way of looking at lists, not data worth a column, a write and a settings page; it is
// known the moment the page knows who is signed in, with no request of its own; and two people
// sharing a browser each keep their own. It does not follow the person to another device.
const keyOf = (userId: string) => `papershelf:hide-read:${userId}`;
const CHANGED = "papershelf:hide-read";
// Where a press is kept when storage is refused (privacy settings): then it lasts until the page unloads.
const unstored = new Map<string, boolean>();

function subscribe(onChange: () => void) {
  // "storage" comes from other tabs; CHANGED from this one.
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function readStored(userId: string | null): boolean {
  if (!userId) return false;
  try {
    return window.localStorage.getItem(keyOf(userId)) === "1";
  } catch {
    return unstored.get(userId) ?? false;
  }
}

/** Whether the signed-in person hides read papers in lists, and the setter that remembers it. */
export function useHideRead(userId: string | null): [boolean, (hide: boolean) => void] {
  const hidden = useSyncExternalStore(
    subscribe,
    () => readStored(userId),
    () => false,
  );
  const setHidden = useCallback(
    (hide: boolean) => {
      if (!userId) return;
      unstored.set(userId, hide);
      try {
        if (hide) window.localStorage.setItem(keyOf(userId), "1");
        else window.localStorage.removeItem(keyOf(userId));
      } catch {
        // Not remembered past this page; `unstored` keeps it until then.
      }
      window.dispatchEvent(new Event(CHANGED));
    },
    [userId],
  );
  return [hidden, setHidden];
}
