import Link from "next/link";

/** Replaced by the signed-in person's menu once accounts exist. */
export function UserMenuSlot() {
  return (
    <Link href="/about" className="rounded-md px-2 py-1 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800">
      About
    </Link>
  );
}
