import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";
import type { LedgerStore, TokenRecord, User, UserRole } from "./port.js";
import type { SqlClient } from "./sql-client.js";

/** People and their bearer tokens (signed-in team mode), over the ledger's one SQL client. */

export const USER_ROLES: readonly UserRole[] = ["reader", "reviewer", "admin"];
const USER_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,99}$/u;

interface UserRow {
  id: number;
  name: string;
  role: UserRole;
  created_at: Date | string;
}

interface TokenRow {
  id: number;
  user_name: string;
  role: UserRole;
  secret_sha256: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const TOKEN_SELECT = `SELECT t.id, u.name AS user_name, u.role, t.secret_sha256, t.created_at, t.revoked_at
  FROM api_tokens t JOIN users u ON u.id = t.user_id`;

type UserMethods = Pick<
  LedgerStore,
  "addUser" | "listUsers" | "createToken" | "listTokens" | "revokeToken" | "findActiveToken"
>;

export function userMethods(client: SqlClient): UserMethods {
  return {
    addUser: async (name, role) => {
      if (!USER_NAME.test(name)) throw new FrontierError("invalid_input", ledgerMessages.badUserName(name));
      if (!USER_ROLES.includes(role))
        throw new FrontierError("invalid_input", ledgerMessages.badRole(String(role), USER_ROLES));
      const { rows } = await client.query<UserRow>(
        "INSERT INTO users (name, role) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING *",
        [name, role],
      );
      if (!rows[0]) throw new FrontierError("conflict", ledgerMessages.userExists(name));
      return userFromRow(rows[0]);
    },
    listUsers: async () =>
      (await client.query<UserRow>("SELECT * FROM users ORDER BY name")).rows.map(userFromRow),
    createToken: async (userName, secretSha256) => {
      const { rows } = await client.query<{ id: number }>(
        "INSERT INTO api_tokens (user_id, secret_sha256) SELECT id, $2 FROM users WHERE name = $1 RETURNING id",
        [userName, secretSha256],
      );
      if (!rows[0]) throw new FrontierError("not_found", ledgerMessages.userNotFound(userName));
      return (await tokenById(client, rows[0].id))!.token;
    },
    listTokens: async () =>
      (await client.query<TokenRow>(`${TOKEN_SELECT} ORDER BY t.id`)).rows.map(tokenFromRow),
    revokeToken: async (id) => {
      await client.query("UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL", [
        id,
      ]);
      const found = await tokenById(client, id);
      if (!found) throw new FrontierError("not_found", ledgerMessages.tokenNotFound(id));
      return found.token;
    },
    findActiveToken: async (id) => {
      const found = await tokenById(client, id);
      return found && found.token.revokedAt === null ? found : null;
    },
  };
}

async function tokenById(
  client: SqlClient,
  id: number,
): Promise<{ token: TokenRecord; secretSha256: string } | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const { rows } = await client.query<TokenRow>(`${TOKEN_SELECT} WHERE t.id = $1`, [id]);
  return rows[0] ? { token: tokenFromRow(rows[0]), secretSha256: rows[0].secret_sha256 } : null;
}

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function userFromRow(row: UserRow): User {
  return { id: row.id, name: row.name, role: row.role, createdAt: iso(row.created_at) };
}

function tokenFromRow(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    userName: row.user_name,
    role: row.role,
    createdAt: iso(row.created_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}
