import { randomUUID } from "node:crypto";
import type { RosterFile } from "@throughline/domain/oneroster/input";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

/** A ZIP of a few tens of kilobytes whose users.csv inflates to 64 MB. */
function zipBomb(): RosterFile {
  const zip = zipSync({ "users.csv": new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
  return { name: "roster.zip", encoding: "base64", content: Buffer.from(zip).toString("base64") };
}

describe("roster ZIPs are opened within limits", () => {
  it("answers a ZIP bomb with 400 naming the limit, for preview and import alike", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const files = [zipBomb()];
    const message =
      "roster.zip could not be opened as a ZIP file: It unpacks to more than 100 times its own size, which no roster export does; it was not opened. Export the roster again, or choose its CSV files instead.";
    const preview = admin.rosterImport.preview({ files });
    await expect(preview).rejects.toThrow(message);
    expect(await codeOf(preview)).toBe("BAD_REQUEST");
    const imported = admin.rosterImport.importFiles({ files, importId: randomUUID() });
    await expect(imported).rejects.toThrow(message);
    expect(await codeOf(imported)).toBe("BAD_REQUEST");
  });
});
