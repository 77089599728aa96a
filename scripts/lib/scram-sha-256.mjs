// The server side of SCRAM-SHA-256 (RFC 5802, RFC 7677), the password exchange PostgreSQL uses.
//
// Chosen over a cleartext password because the database's port is briefly free while it restarts:
// a local process that takes the port then would receive a cleartext password, while with SCRAM it
// only sees a one-time proof, and clients refuse it because it cannot prove that it knows the
// password (node-postgres and libpq check the server's signature). Channel binding needs TLS, so
// only the plain mechanism is offered.
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

export const SCRAM_MECHANISM = "SCRAM-SHA-256";
// PostgreSQL's default; clients compute it on every connection, the server once.
const ITERATIONS = 4096;

const hmac = (key, text) => createHmac("sha256", key).update(text).digest();
const sha256 = (bytes) => createHash("sha256").update(bytes).digest();

/**
 * Keeps only what verifying needs (PostgreSQL's stored and server keys) for `password`, and returns
 * `begin(clientFirstMessage)`, which answers a client's first message, or null when it is malformed.
 */
export function createScramVerifier(password) {
  const salt = randomBytes(16);
  // SASLprep reduced to what changes ASCII and common text, as node-postgres does.
  const salted = pbkdf2Sync(password.normalize("NFKC"), salt, ITERATIONS, 32, "sha256");
  const storedKey = sha256(hmac(salted, "Client Key"));
  const serverKey = hmac(salted, "Server Key");

  return function begin(clientFirst) {
    // gs2 header ("n,," or "y,,": no channel binding, no authorization id), then n=user,r=nonce.
    const first = /^([ny]),,(n=[^,]*,r=([\x21-\x2b\x2d-\x7e]+)(?:,.*)?)$/s.exec(clientFirst);
    if (!first) return null;
    const [, bindingFlag, clientFirstBare, clientNonce] = first;
    const nonce = clientNonce + randomBytes(18).toString("base64");
    const serverFirst = `r=${nonce},s=${salt.toString("base64")},i=${ITERATIONS}`;
    return {
      serverFirst,
      /** The server-final-message when the client proved it knows the password, otherwise null. */
      finish(clientFinal) {
        const final = /^(c=([^,]*),r=([^,]*)(?:,.*)?),p=([A-Za-z0-9+/]+={0,2})$/s.exec(clientFinal);
        if (!final) return null;
        const [, withoutProof, binding, finalNonce, proofBase64] = final;
        if (Buffer.from(binding, "base64").toString() !== `${bindingFlag},,` || finalNonce !== nonce) return null;
        const proof = Buffer.from(proofBase64, "base64");
        if (proof.length !== storedKey.length) return null;
        const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
        const signature = hmac(storedKey, authMessage);
        const clientKey = proof.map((byte, i) => byte ^ signature[i]);
        if (!timingSafeEqual(sha256(clientKey), storedKey)) return null;
        return `v=${hmac(serverKey, authMessage).toString("base64")}`;
      },
    };
  };
}
