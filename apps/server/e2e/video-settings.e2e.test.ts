import { expect, it } from "vitest";
import { expectAccessible } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { screenshotAtBothWidths } from "./screenshots.ts";

/*
 * The district's classroom-video settings: the admin lowers the upload limit, keeps videos until
 * their teacher deletes them and words the consent rule; a refused value is named beside its
 * field. The teacher's upload page then shows the new limit and wording, and a video over the
 * limit is refused with the limit in the message, by the page and by the server.
 */

const run = serverAndBrowserPerFile();
const shots = process.env.VIDEO_SCREENSHOTS;
const WORDING = "Every student on camera has a signed Maple Valley media release for this year.";
const MB = 1024 ** 2;

it("a district admin sets the video limit, retention and consent wording, refused values beside their fields", async () => {
  const { page } = await run.signedIn("admin", "admin@maplevalley.test");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Classroom video" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Classroom video" }).waitFor();
  await expect(page.getByLabel("Upload limit (MB)").inputValue()).resolves.toBe("2048");
  await expectAccessible(page);

  await page.getByLabel("Upload limit (MB)").fill("30000");
  await page.getByLabel("Days after upload").fill("0");
  await page.getByRole("button", { name: "Save video settings" }).click();
  await page.getByText("The upload limit is at most 20 GB").waitFor();
  await page.getByText("Retention must be 1 or more").waitFor();
  await expect(page.getByLabel("Upload limit (MB)").getAttribute("aria-invalid")).resolves.toBe(
    "true",
  );
  await expectAccessible(page);

  await page.getByLabel("Upload limit (MB)").fill("10");
  await page.getByLabel("Until the teacher deletes them").check();
  await page.getByLabel("Student-consent rule").fill(WORDING);
  await page.getByRole("button", { name: "Save video settings" }).click();
  await page.getByRole("status").getByText("Video settings saved").waitFor();
  await page.reload();
  await expect(page.getByLabel("Upload limit (MB)").inputValue()).resolves.toBe("10");
  await expect(page.getByLabel("Until the teacher deletes them").isChecked()).resolves.toBe(true);
  await expect(page.getByLabel("Student-consent rule").inputValue()).resolves.toBe(WORDING);
  await screenshotAtBothWidths(page, "video-settings", { folder: shots });
});

it("the teacher's upload page shows the limit and wording, and refuses a video over the limit", async () => {
  const { page } = await run.signedIn("teacher", "teacher@maplevalley.test");
  await page.goto("/teacher/videos");
  await page.getByRole("heading", { name: "Classroom video", level: 1 }).waitFor();
  await page.getByText("Up to 10 MB.").waitFor();
  await page.getByText(WORDING).waitFor();
  await expectAccessible(page);

  await page.getByLabel("Video", { exact: true }).setInputFiles({
    name: "long-lesson.mp4",
    mimeType: "video/mp4",
    buffer: Buffer.alloc(11 * MB),
  });
  await page.getByText("This video is larger than your district's limit of 10 MB.").waitFor();
  await expect(
    page.getByLabel("Video", { exact: true }).getAttribute("aria-invalid"),
  ).resolves.toBe("true");
  await screenshotAtBothWidths(page, "video-upload-limit", { folder: shots });

  // The server holds to the same limit when the page is bypassed.
  const answer = await page.evaluate(async (size) => {
    const response = await fetch("/files/videos/uploads", {
      method: "POST",
      headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(size) },
    });
    return { status: response.status, text: await response.text() };
  }, 11 * MB);
  expect(answer.status).toBe(413);
  expect(answer.text).toMatch(/larger than your district's limit/);
});
