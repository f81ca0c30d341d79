import type { LedgerStore } from "./port.js";

/**
 * The ledger port on the wire, between a CLI command and the `serve` that holds the PGlite folder:
 * one POST per port call, its arguments and result as JSON, bytes as {"$bytes": base64}. Each call
 * is the same single transaction it is in-process.
 */
export const REMOTE_PORT_METHODS = [
  "insertDocument",
  "findDocumentByHash",
  "listDocuments",
  "pageDocuments",
  "getDocument",
  "getDocumentRaw",
  "getDocumentTexts",
  "listClaims",
  "pageClaims",
  "searchClaims",
  "getClaim",
  "appendReviewEvent",
  "listReviewEvents",
  "setDocumentDate",
  "listDocumentEvents",
  "addUser",
  "listUsers",
  "createToken",
  "listTokens",
  "revokeToken",
  "findActiveToken",
] as const satisfies readonly (keyof LedgerStore)[];

export type RemotePortMethod = (typeof REMOTE_PORT_METHODS)[number];

export const LEDGER_PORT_PATH = "/internal/ledger";
export const LEDGER_KEY_HEADER = "X-Ledger-Key";

export function isRemotePortMethod(name: string): name is RemotePortMethod {
  return (REMOTE_PORT_METHODS as readonly string[]).includes(name);
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { $bytes: Buffer.from(item).toString("base64") } : item,
  );
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item !== null && typeof item === "object" && !Array.isArray(item)) {
      const bytes = (item as { $bytes?: unknown }).$bytes;
      if (typeof bytes === "string" && Object.keys(item).length === 1)
        return new Uint8Array(Buffer.from(bytes, "base64"));
    }
    return item;
  });
}
