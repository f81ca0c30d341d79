import { FrontierError } from "../../core/index.js";
import { issueToken } from "../../ledger/index.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { listCommand } from "../list-command.js";

export const tokensCreateCommand: Command = {
  name: "tokens create",
  summary: "make a bearer token for a user; it is printed once and stored only as a hash",
  usage: "USER [--db PATH] [--json]",
  help: { ...LEDGER_HELP },
  options: { ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    if (positionals.length !== 1) throw new FrontierError("usage", "give the user the token is for");
    return withLedger(values, io, async (store) => {
      const { token, bearer } = await issueToken(store, positionals[0]!);
      if (booleanOption(values, "json")) io.stdout(`${JSON.stringify({ ...token, bearer })}\n`);
      else {
        io.stdout(`${bearer}\n`);
        io.stderr(
          `token ${token.id} for ${token.userName} (${token.role}): keep it now, it is not shown again; send it as Authorization: Bearer <token>\n`,
        );
      }
      return 0;
    });
  },
};

export const tokensRevokeCommand: Command = {
  name: "tokens revoke",
  summary: "revoke a bearer token by its id: the next request that sends it is refused",
  usage: "ID [--db PATH]",
  help: { db: LEDGER_HELP.db! },
  options: { db: { type: "string" } },
  run: async ({ io, values, positionals }) => {
    const id = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isSafeInteger(id) || id < 1)
      throw new FrontierError("usage", "give the id of one token (see 'tokens list')");
    return withLedger(values, io, async (store) => {
      const token = await store.revokeToken(id);
      io.stdout(`token ${token.id} of ${token.userName} revoked at ${token.revokedAt}\n`);
      return 0;
    });
  },
};

export const tokensListCommand: Command = listCommand({
  name: "tokens list",
  summary: "list the bearer tokens (never their secret): id, user, role, made, revoked",
  read: (store) => store.listTokens(),
  headers: ["id", "user", "role", "made", "revoked"],
  row: (t) => [String(t.id), t.userName, t.role, t.createdAt, t.revokedAt ?? ""],
});
