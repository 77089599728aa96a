// `npx tsx bench/sign-in-attempts.ts [--seconds=90]`
// How many password guesses one attacker gets against one account through the running app
// (`scripts/start.ts`: production build, embedded database, TRUST_PROXY unset), sending as fast as
// the answers come back (at most 20 requests a second): from one address as it is, with a forged
// X-Forwarded-For / X-Real-IP / Forwarded on every request, and with the email field given twice
// (the old limiter counted the first, Auth.js checked the last). Each attacker tries its own fresh
// account. A guess is "checked" when the app compared the password (200, "wrong password").
import { randomBytes } from "node:crypto";
import { startProcess, waitForUrl } from "./lib/processes";
import { writeResultsSection } from "./lib/results-file";

const arg = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split("=")
    .slice(1)
    .join("=");
const seconds = Number(arg("seconds") ?? 90);
const PORT = 8216;
const base = `http://127.0.0.1:${PORT}`;
const MIN_INTERVAL_MS = 50;

type Attacker = { name: string; headers: () => Record<string, string>; fields: (victim: string, guess: string) => [string, string][] };

const randomAddress = () => [10, ...randomBytes(3)].join(".");
const ATTACKERS: Attacker[] = [
  {
    name: "one address, headers as sent by a browser",
    headers: () => ({}),
    fields: (victim, guess) => [
      ["email", victim],
      ["password", guess],
    ],
  },
  {
    name: "a new forged X-Forwarded-For, X-Real-IP and Forwarded on every request",
    headers: () => {
      const address = randomAddress();
      return { "X-Forwarded-For": address, "X-Real-IP": address, Forwarded: `for=${address}` };
    },
    fields: (victim, guess) => [
      ["email", victim],
      ["password", guess],
    ],
  },
  {
    name: "the email field twice (a random address first), forged headers",
    headers: () => ({ "X-Forwarded-For": randomAddress() }),
    fields: (victim, guess) => [
      ["email", `${randomBytes(4).toString("hex")}@example.com`],
      ["email", victim],
      ["password", guess],
    ],
  },
];

type Tally = { name: string; requests: number; checked: number[]; limited: number; refused: Record<number, number> };

async function createVictim(): Promise<string> {
  const tag = randomBytes(4).toString("hex");
  const user = { email: `victim-${tag}@example.com`, password: `the victim's own ${tag}`, username: `victim-${tag}`, name: "Victim" };
  const response = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(user),
  });
  if (response.status !== 201) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  return user.email;
}

async function attack(attacker: Attacker): Promise<Tally> {
  const victim = await createVictim();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const tally: Tally = { name: attacker.name, requests: 0, checked: [], limited: 0, refused: {} };
  const started = performance.now();
  for (let n = 0; performance.now() - started < seconds * 1000; n++) {
    const sent = performance.now();
    const body = new URLSearchParams([...attacker.fields(victim, `guess number ${n}`), ["csrfToken", csrfToken]]);
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1", cookie, ...attacker.headers() },
      body,
    });
    tally.requests += 1;
    const answer = (await response.json().catch(() => null)) as { url?: string } | null;
    if (response.status === 200 && answer?.url?.includes("error=")) tally.checked.push((sent - started) / 1000);
    else if (response.status === 429) tally.limited += 1;
    else tally.refused[response.status] = (tally.refused[response.status] ?? 0) + 1;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, MIN_INTERVAL_MS - (performance.now() - sent))));
  }
  console.log(`${attacker.name}: ${tally.checked.length} guesses checked of ${tally.requests} requests`);
  return tally;
}

async function main() {
  const env: Record<string, string> = {
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
    PORT: String(PORT),
    APP_URL: base,
    AUTH_SECRET: randomBytes(33).toString("base64url"),
    EMBEDDED_DB_DIR: "memory://",
    EMBEDDED_DB_PORT: String(PORT + 1),
    EMBEDDED_DB_PASSWORD: randomBytes(24).toString("base64url"),
  };
  console.log("starting the app (it builds first if the sources changed)…");
  const server = startProcess("node_modules/.bin/tsx", ["scripts/start.ts"], env);
  const tallies: Tally[] = [];
  try {
    await waitForUrl(`${base}/api/papers?limit=1`, server, 900_000);
    for (const attacker of ATTACKERS) tallies.push(await attack(attacker));
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }

  const perMinute = (t: Tally) => ((t.checked.length / seconds) * 60).toFixed(1);
  const others = (t: Tally) =>
    Object.entries(t.refused)
      .map(([status, count]) => `${count} × ${status}`)
      .join(", ") || "none";
  const body = [
    `Run: \`npx tsx bench/sign-in-attempts.ts --seconds=${seconds}\` on ${new Date().toISOString().slice(0, 10)}: the app as \`npm start\` runs it (production build, embedded database, \`TRUST_PROXY\` unset), one attacker sending wrong passwords for one account as fast as the answers come back (at most 20 a second) for ${seconds} s, each attacker against its own fresh account. "Checked" means the app compared the password.`,
    "",
    "The documented limit: per account and address, 5 failures, then one more after 1 minute, 2, 4, 8, 16, 32 minutes, then one an hour (at most 10 in the first hour); so 6 in the first 60–119 s.",
    "",
    "| attacker | requests | guesses checked | in the first 60 s | per minute, whole run | 429 | other answers | when the checked guesses were sent (s) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...tallies.map(
      (t) =>
        `| ${t.name} | ${t.requests} | **${t.checked.length}** | ${t.checked.filter((s) => s < 60).length} | ${perMinute(t)} | ${t.limited} | ${others(t)} | ${t.checked.map((s) => s.toFixed(1)).join(", ") || "none"} |`,
    ),
  ].join("\n");
  console.log(body);
  writeResultsSection("Sign-in attempts", body);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
