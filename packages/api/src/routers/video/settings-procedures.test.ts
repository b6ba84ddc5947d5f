import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { readyVideoOf } from "../../testing/video-fixture.ts";

/*
 * The district's video settings as the admin page saves them: bounds named by field, "no
 * retention" (videos kept until their teacher deletes them), the wording teachers confirm, and
 * each change in the audit log.
 */

const api = testApiPerFile();

describe("video settings", () => {
  it("refuse a limit past the maximum and a retention of zero, naming the fields", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const refused = await refusalOf(
      admin.video.saveSettings({ maxMegabytes: 30_000, retentionDays: 0, consentRule: null }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors?.map((error) => [error.path, error.message])).toEqual([
      ["maxMegabytes", "The upload limit is at most 20 GB"],
      ["retentionDays", "Retention must be 1 or more"],
    ]);
  });

  it("keep videos with no retention until their teacher deletes them, and reach the teacher", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const wording = "Every student on camera has a signed media release for this school year.";
    await admin.video.saveSettings({
      maxMegabytes: 100,
      retentionDays: null,
      consentRule: wording,
    });
    expect(await admin.video.settings()).toMatchObject({
      maxMegabytes: 100,
      retentionDays: null,
      consentRule: wording,
    });
    const teacher = await api.callerFor(demoEmail.teacher);
    expect((await teacher.video.mine()).settings).toEqual({
      maxBytes: 100 * 1024 ** 2,
      retentionDays: null,
      consentRule: wording,
    });
    const { videoId } = await readyVideoOf(api.db, demoEmail.teacher, "Kept");
    expect((await teacher.video.get({ videoId })).video.deleteAfter).toBeNull();
  });

  it("are in the audit log with what changed", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    await admin.video.saveSettings({ maxMegabytes: 100, retentionDays: 90, consentRule: null });
    const { entries } = await admin.auditLog.list({
      filter: { action: "settings.district_changed" },
    });
    const [latest] = entries;
    // Only what changed: the retention and the wording, not the unchanged limit.
    expect(latest?.before).toMatchObject({ videoRetentionDays: null });
    expect(latest?.before).not.toHaveProperty("videoMaxBytes");
    expect(latest?.after).toMatchObject({ videoRetentionDays: 90 });
  });
});
