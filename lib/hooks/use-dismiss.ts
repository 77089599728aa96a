"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * While `active`: a press outside all of `inside` (the popup and the button that opens it, which
 * handles its own clicks), or Escape, calls `onDismiss` with what happened.
 */
export function useDismiss(inside: RefObject<HTMLElement | null>[], active: boolean, onDismiss: (reason: "outside" | "escape") => void) {
  // The latest callback, read when an event comes: listeners are added once per opening, not on every render.
  const latest = useRef(onDismiss);
  useEffect(() => {
    latest.current = onDismiss;
  });
  const refs = useRef(inside);

  useEffect(() => {
    if (!active) return;
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node;
      if (!refs.current.some((ref) => ref.current?.contains(target))) latest.current("outside");
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      latest.current("escape");
    }
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [active]);
}
