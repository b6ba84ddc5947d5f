import { listEditorIndicators } from "@throughline/db/queries/framework/framework-admin";
import type { Transaction } from "@throughline/db/tenant";

/**
 * Indicators by their codes ("2.1"), sorted, as the audit log records links that live outside a
 * row: an admin reads codes, not ids. An id the district lacks stays as it is.
 */
export async function indicatorCodes(
  tx: Transaction,
  ...idLists: (readonly string[])[]
): Promise<string[][]> {
  const codes = new Map(
    (await listEditorIndicators(tx)).map((indicator) => [indicator.id, indicator.code]),
  );
  return idLists.map((ids) => ids.map((id) => codes.get(id) ?? id).sort());
}
