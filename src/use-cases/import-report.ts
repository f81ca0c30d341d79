import type { LedgerChanges } from "../reconcile/changes.js";

/** What an import did. */
export interface ImportReport {
  file: string;
  table: string;
  status: "stored" | "present" | "unchanged" | "invalid";
  documentId: string | null;
  published: string | null;
  rows: number;
  added: number;
  revised: number;
  unchanged: number;
  claimIds: string[];
  errors: string[];
  changes: LedgerChanges | null;
}
