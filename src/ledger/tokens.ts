import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { LedgerStore, TokenRecord } from "./port.js";

/**
 * A bearer token is `flt_<id>_<secret>`: the id finds the stored row, the secret (32 random bytes,
 * base64url) is checked against its stored SHA-256 in constant time. Only the hash is stored.
 */
const TOKEN_SHAPE = /^flt_(\d{1,10})_([A-Za-z0-9_-]{43})$/;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Makes a token for `userName`; the returned text is the only time the secret exists outside the caller. */
export async function issueToken(
  store: LedgerStore,
  userName: string,
): Promise<{ token: TokenRecord; bearer: string }> {
  const secret = randomBytes(32).toString("base64url");
  const token = await store.createToken(userName, sha256Hex(secret));
  return { token, bearer: `flt_${token.id}_${secret}` };
}

/** The token a bearer text stands for, when it is well formed, known, not revoked and its secret matches. */
export async function verifyBearer(store: LedgerStore, bearer: string): Promise<TokenRecord | null> {
  const match = TOKEN_SHAPE.exec(bearer);
  if (!match) return null;
  const found = await store.findActiveToken(Number(match[1]));
  if (!found) return null;
  const given = Buffer.from(sha256Hex(match[2]!), "hex");
  const stored = Buffer.from(found.secretSha256, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored) ? found.token : null;
}
