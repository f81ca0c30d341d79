/** The ledger's message catalog: every error text the store raises, so tests can assert them. */

export const ledgerMessages = {
  conflict: (claimId: string, expected: number, actual: number) =>
    `claim ${claimId} is at version ${actual}, not ${expected}: someone reviewed it meanwhile; reload it and retry with --expect-version ${actual}`,
  modelRunNotFound: (runId: string) => `no model run with id ${runId} in the ledger`,
  claimNotFound: (claimId: string) => `no claim with id ${claimId} in the ledger`,
  documentNotFound: (documentId: string) => `no document with id ${documentId} in the ledger`,
  invalidDate: (value: string) => `'${value}' is not a date YYYY, YYYY-MM or YYYY-MM-DD`,
  targetNotFound: (claimId: string) => `no claim with id ${claimId} to link as a revision target`,
  selfRevision: (claimId: string) => `claim ${claimId} cannot revise itself`,
  alreadyLinked: (claimId: string, target: string) =>
    `claim ${claimId} is already linked as a revision of ${target}`,
  notLinked: (claimId: string, target: string) => `claim ${claimId} is not linked as a revision of ${target}`,
  missingTarget: (action: string) => `${action} needs a payload {target: claimId}`,
  emptyCorrection: () => "a correction needs at least one field to change",
  unknownField: (field: string, allowed: readonly string[]) =>
    `cannot correct '${field}': correctable fields are ${allowed.join(", ")}`,
  invalidField: (field: string, why: string) => `invalid ${field}: ${why}`,
  badVersion: (version: number) => `invalid expected version ${version}: a whole number from 0`,
  nulCharacter: () => "review text may not hold NUL characters (\\u0000)",
  emptyReason: () => "a review action needs a reason",
  emptyActor: () => "a review action needs an actor",
  idCollision: (documentId: string) =>
    `document id ${documentId} is already used by a document with another content hash`,
  folderInUse: (dataDir: string, pid: number, self: boolean) =>
    self
      ? `the ledger folder ${dataDir} is already open in this process; share the open store`
      : `the ledger folder ${dataDir} is in use by process ${pid} (another frontier-ledger command or server); wait for it, or use a PostgreSQL server (DATABASE_URL) for concurrent work`,
  runsNeedPostgres: () =>
    "model runs in chunks go through the job queue, which needs a PostgreSQL ledger (DATABASE_URL); this PGlite folder is held by serve",
  serveUnreachable: (url: string, cause: unknown) =>
    `the ledger folder is held by a serve process at ${url}, which did not answer (${String((cause as Error)?.message ?? cause)}); wait for it or stop it`,
  badUserName: (name: string) =>
    `invalid user name '${name}': 1 to 100 letters, digits, spaces or . _ @ -, starting with a letter or digit`,
  badRole: (role: string, roles: readonly string[]) => `invalid role '${role}': one of ${roles.join(", ")}`,
  userExists: (name: string) => `a user named '${name}' already exists`,
  userNotFound: (name: string) => `no user named '${name}': add one with 'users add ${name} --role reviewer'`,
  tokenNotFound: (id: number) => `no token with id ${id}`,
  badCursor: () => "invalid page cursor: pass the 'next' value of the previous page as it was given",
  badLimit: (limit: number, max: number) => `invalid page limit ${limit}: a page holds 1 to ${max} items`,
  storage: (operation: string, detail: string) => `ledger ${operation} failed: ${detail}`,
  unreachable: (target: string, detail: string) => `cannot open the ledger at ${target}: ${detail}`,
} as const;
