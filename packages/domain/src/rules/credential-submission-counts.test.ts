import { describe, expect, it } from "vitest";
import { credentialSubmissionCounts } from "./credential-submission-counts.ts";

describe("credentialSubmissionCounts", () => {
  it("counts attempts sent for review on any version, and attempts started on this one", () => {
    expect(
      credentialSubmissionCounts(
        [
          { versionId: "v1", status: "earned" },
          { versionId: "v2", status: "submitted" },
          { versionId: "v2", status: "not_yet" },
          { versionId: "v2", status: "draft" },
        ],
        "v2",
      ),
    ).toEqual({ submissions: 3, startedOnVersion: 3 });
  });

  it("has nothing to count for a credential nobody has started", () => {
    expect(credentialSubmissionCounts([], "v1")).toEqual({ submissions: 0, startedOnVersion: 0 });
  });
});
