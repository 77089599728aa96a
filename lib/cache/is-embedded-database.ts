import pg from "pg";

const answers = new Map<string, Promise<boolean>>();

/**
 * Whether `url` is the embedded database (PGlite, which `npm start` serves when no DATABASE_URL is
 * given). Its connections all share one session, so LISTEN cannot be relied on there, and there is
 * only ever one app server on it anyway: cross-server messages are left out. Asked once per URL.
 */
export function isEmbeddedDatabase(url: string): Promise<boolean> {
  let answer = answers.get(url);
  if (!answer) {
    answer = (async () => {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
      await client.connect();
      try {
        const { rows } = await client.query<{ version: string }>("SELECT version()");
        // PGlite is PostgreSQL compiled to WebAssembly with Emscripten, and says so.
        return /emscripten|wasm/i.test(rows[0]?.version ?? "");
      } finally {
        await client.end();
      }
    })();
    answer.catch(() => answers.delete(url));
    answers.set(url, answer);
  }
  return answer;
}
