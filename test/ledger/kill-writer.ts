/** Child process of kill-recovery.test.ts: stores documents of 30 claims each into a PGlite folder until killed. */
import { openLedger } from "../../src/ledger/index.js";
import { makeClaim, makeDocument } from "../support/ledger-fixtures.js";

export const CLAIMS_PER_DOCUMENT = 30;

async function main(dataDir: string): Promise<void> {
  const store = await openLedger({ dataDir });
  await store.migrate();
  for (let i = 0; i < 5000; i++) {
    const text = `Document ${i} : OpenAI a réalisé ${i} milliards de dollars de revenus. `.repeat(40);
    const claims = Array.from({ length: CLAIMS_PER_DOCUMENT }, (_, k) =>
      makeClaim(text, k * 10, k * 10 + 20),
    );
    await store.insertDocument(makeDocument(text), claims);
    if (i === 10) process.stdout.write("ready\n");
  }
  await store.close();
}

const dataDir = process.argv[2];
if (dataDir && process.argv[1]?.includes("kill-writer")) await main(dataDir);
