// Next's floor for bench/pages.ts: a page with one heading and one line, no client component of
// its own, prerendered at build time. What any page built with Next costs a phone to start.
export default function OneLine() {
  return (
    <main>
      <h1>Papershelf</h1>
      <p>Research papers, every morning.</p>
    </main>
  );
}
