import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";

/* Issue 5: people, schools and teams in the admin console, with invite links. */

const run = serverAndBrowserPerFile();

const newTeacher = { name: "Nadia Park", email: "nadia.park@maplevalley.test" };
const newPassword = "maple leaves in autumn";

describe("people admin", () => {
  let admin: Page;
  let teacher: Page;
  let personUrl: string;

  it("a district admin searches people", async () => {
    const opened = await run.signedIn("admin", "admin@maplevalley.test");
    admin = opened.page;
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "People" })
      .click();
    await admin.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await admin.getByRole("link", { name: "Maria Delgado" }).waitFor();
    await expectAccessible(admin);

    await admin.getByLabel("Name or email").fill("delgado");
    await admin.getByRole("button", { name: "Search" }).click();
    await admin.getByText("1 person", { exact: true }).waitFor();
    await expect.poll(() => admin.getByRole("link", { name: "Kevin Osei" }).count()).toBe(0);

    await admin.getByLabel("Role", { exact: true }).selectOption("principal");
    await admin.getByLabel("Name or email").fill("");
    await admin.getByRole("button", { name: "Search" }).click();
    await admin.getByRole("link", { name: "Robert Okafor" }).waitFor();
  });

  it("adds a teacher at Maple Valley Elementary, refusing a taken email beside its field", async () => {
    await admin.getByRole("link", { name: "Add person" }).click();
    await admin.getByRole("heading", { level: 1, name: "Add person" }).waitFor();
    await admin.getByLabel("Name", { exact: true }).fill(newTeacher.name);
    await admin.getByLabel("Email").fill("teacher@maplevalley.test");
    await admin.getByLabel("Role 1", { exact: true }).selectOption("teacher");
    await admin.getByLabel("School for role 1").selectOption({ label: "Maple Valley Elementary" });
    await admin.getByRole("button", { name: "Add person" }).click();
    await admin.getByText("Someone in the district already has this email").waitFor();
    await expect(admin.getByLabel("Email").getAttribute("aria-invalid")).resolves.toBe("true");
    await expectAccessible(admin);

    await admin.getByLabel("Email").fill(newTeacher.email);
    await admin.getByRole("button", { name: "Add person" }).click();
    await admin.getByRole("heading", { level: 1, name: newTeacher.name }).waitFor();
    await admin.getByText("No password yet").waitFor();
    personUrl = admin.url();
  });

  it("creates an invite link that sets a password the teacher signs in with", async () => {
    await admin.getByRole("button", { name: "Create invite link" }).click();
    const linkField = admin.getByLabel("Invite link (shown once)");
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toContain(`${run.server.url}/invite/`);
    await admin.getByText(/Works once, until/).waitFor();
    await expectAccessible(admin);

    const context = await run.newContext();
    run.keep(context);
    teacher = await context.newPage();
    await teacher.goto(link);
    await teacher
      .getByRole("heading", {
        level: 1,
        name: "Set your password for Throughline, Maple Valley Unified",
      })
      .waitFor();
    await expectAccessible(teacher);
    await teacher.getByLabel("Password", { exact: true }).fill("too short");
    await teacher.getByLabel("Confirm password").fill("too short");
    await teacher.getByRole("button", { name: "Set password" }).click();
    await teacher.getByText("Use at least 10 characters").waitFor();

    await teacher.getByLabel("Password", { exact: true }).fill(newPassword);
    await teacher.getByLabel("Confirm password").fill(newPassword);
    await teacher.getByRole("button", { name: "Set password" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Your password is set" }).waitFor();
    await expectAccessible(teacher);

    await teacher.getByRole("link", { name: /My learning/ }).click();
    await signIn(teacher, newTeacher.email, newPassword);
    await teacher.getByRole("navigation", { name: "Main" }).waitFor();

    // The link worked once.
    const again = await context.newPage();
    await again.goto(link);
    await again.getByRole("heading", { name: "This link has expired or was used" }).waitFor();
    await again.close();
  });

  it("deactivating the teacher signs them out everywhere and refuses their sign-in", async () => {
    await admin.goto(personUrl);
    await admin.getByText("Has a password").waitFor();
    await admin.getByRole("button", { name: "Deactivate" }).click();
    const dialog = admin.getByRole("dialog", { name: `Deactivate ${newTeacher.name}?` });
    await dialog.waitFor();
    await expectAccessible(admin);
    await dialog.getByRole("button", { name: "Deactivate" }).click();
    await dialog.waitFor({ state: "hidden" });
    await admin.getByText("Inactive", { exact: true }).waitFor();
    await admin.getByRole("button", { name: "Reactivate" }).waitFor();

    // Deactivation ended their session: the next page load is the sign-in page, where the
    // right password is refused for an account that is not active.
    await teacher.reload();
    await signIn(teacher, newTeacher.email, newPassword);
    await teacher.getByText(/This account is not active/).waitFor();
    await expect.poll(() => teacher.getByRole("navigation", { name: "Main" }).count()).toBe(0);
  });

  it("the schools and teams pages are accessible", async () => {
    await admin.goto("/admin/people/schools");
    await admin.getByRole("heading", { level: 1, name: "Schools" }).waitFor();
    await admin.getByRole("cell", { name: "Maple Valley Elementary", exact: true }).waitFor();
    await expectAccessible(admin);

    await admin.goto("/admin/people/teams");
    await admin.getByRole("heading", { level: 1, name: "Teams" }).waitFor();
    await admin.getByRole("button", { name: "New team" }).click();
    await admin
      .getByLabel("School", { exact: true })
      .selectOption({ label: "Maple Valley Elementary" });
    await admin.getByLabel("Filter people by name").waitFor();
    await expectAccessible(admin);
  });
});
