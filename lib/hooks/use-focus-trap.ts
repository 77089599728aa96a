"use client";

import { useEffect, type RefObject } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * While `active`: focus moves into `container` (its `[data-autofocus]` element, or the first
 * focusable one), Tab and Shift+Tab wrap around inside it, and Escape calls `onEscape`. When it
 * ends, focus goes back to where it was before, so keyboard users never lose their place.
 */
export function useFocusTrap(container: RefObject<HTMLElement | null>, active: boolean, onEscape: () => void) {
  useEffect(() => {
    const root = container.current;
    if (!active || !root) return;
    const previous = document.activeElement as HTMLElement | null;
    const focusables = () =>
      [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    (root.querySelector<HTMLElement>("[data-autofocus]") ?? focusables()[0] ?? root).focus();

    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        onEscape();
        return;
      }
      if (event.key !== "Tab") return;
      const all = focusables();
      if (all.length === 0) return;
      const first = all[0]!;
      const last = all.at(-1)!;
      if (event.shiftKey && (document.activeElement === first || !root!.contains(document.activeElement))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !root!.contains(document.activeElement))) {
        event.preventDefault();
        first.focus();
      }
    }
    root.addEventListener("keydown", onKeyDown);
    return () => {
      root.removeEventListener("keydown", onKeyDown);
      // Back to the control that opened it, unless the person clicked somewhere else meanwhile.
      if (previous && (document.activeElement === document.body || root.contains(document.activeElement))) previous.focus();
    };
    // onEscape is read fresh through the closure each render; re-running on it would steal focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, container]);
}
