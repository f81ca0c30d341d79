import { FrontierError } from "../../core/index.js";
import { USER_ROLES, type UserRole } from "../../ledger/index.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { listCommand } from "../list-command.js";

export const usersAddCommand: Command = {
  name: "users add",
  summary: "add someone who may sign in to a team server, as a reader, reviewer or admin",
  usage: "NAME --role reader|reviewer|admin [--db PATH] [--json]",
  help: { role: "reader (run models), reviewer (also review claims) or admin", ...LEDGER_HELP },
  options: { role: { type: "string" }, ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    if (positionals.length !== 1) throw new FrontierError("usage", "give one user name");
    const role = stringOption(values, "role");
    if (role === undefined || !(USER_ROLES as readonly string[]).includes(role))
      throw new FrontierError("usage", `--role expects one of ${USER_ROLES.join(", ")}`);
    return withLedger(values, io, async (store) => {
      const user = await store.addUser(positionals[0]!, role as UserRole);
      io.stdout(
        booleanOption(values, "json")
          ? `${JSON.stringify(user)}\n`
          : `added ${user.name} (${user.role}); give them a token with 'frontier-ledger tokens create ${user.name}'\n`,
      );
      return 0;
    });
  },
};

export const usersListCommand: Command = listCommand({
  name: "users list",
  summary: "list the people who may sign in to a team server, with their role",
  read: (store) => store.listUsers(),
  headers: ["name", "role", "added"],
  row: (u) => [u.name, u.role, u.createdAt],
  none: "no users yet: add one with 'frontier-ledger users add NAME --role admin'",
});
