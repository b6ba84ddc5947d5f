import type { RouterOutputs } from "@throughline/api/types";
import { describe, expect, it } from "vitest";
// A relative path, as the server imports it: build code shared with the apps.
import { HOME_QUERIES, queryBatchAddress } from "../../../packages/ui/vite/first-requests.ts";
import { expectAccessible, signIn } from "./browser.ts";
import { serverAndBrowserPerFile } from "./fixture.ts";
import { queryAsPage } from "./trpc-over-http.ts";

const PASSWORD = "throughline-demo";

const run = serverAndBrowserPerFile();
const fresh = run.pagePerTest();

describe("landing page", () => {
  it("links to the three apps", async () => {
    await fresh.page.goto("/");
    for (const name of ["My learning", "Coaching", "Administration"]) {
      await expect
        .poll(() => fresh.page.getByRole("link", { name: new RegExp(name) }).count())
        .toBe(1);
    }
    await expectAccessible(fresh.page);
  });
});

describe("the built apps' pages", () => {
  it("carry a Content-Security-Policy with scripts from the server only and no framing", async () => {
    for (const path of ["/", "/teacher/", "/coach/", "/admin/", "/admin/people"]) {
      const response = await fetch(`${run.server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toMatch(/<script type="module"|<a [^>]*href="\/teacher/);
      const policy = new Map(
        (response.headers.get("content-security-policy") ?? "")
          .split(";")
          .map((part) => part.trim().split(/\s+/))
          .map(([name = "", ...values]) => [name, values]),
      );
      expect(policy.get("script-src"), path).toContain("'self'");
      expect(policy.get("script-src"), path).not.toContain("'unsafe-inline'");
      expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
    }
  });
});

describe("a signed-in home page opened afresh", () => {
  it("asks its data and scripts once, with the page, at the addresses the server preloads", async () => {
    const people = {
      teacher: "teacher@maplevalley.test",
      coach: "coach@maplevalley.test",
      admin: "admin@maplevalley.test",
    } as const;
    for (const app of ["teacher", "coach", "admin"] as const) {
      await fresh.page.goto(`/${app}/`);
      // The bell's code and count load once the signed-in page has settled: waited for here, so
      // they are not counted as the reopened page's own requests.
      const bellAsked = fresh.page.waitForResponse((response) =>
        response.url().includes("/trpc/notifications.centre"),
      );
      await signIn(fresh.page, people[app], PASSWORD);
      await fresh.page.getByRole("navigation", { name: "Main" }).waitFor();
      await bellAsked;
      await fresh.page.waitForLoadState("networkidle");
      const asked: string[] = [];
      fresh.page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith("/trpc/") || url.pathname.includes("/assets/")) {
          asked.push(`${url.pathname}${url.search}`);
        }
      });
      const opened = await fresh.page.goto(`/${app}/`);
      const preloads = (await opened?.headerValue("link")) ?? "";
      expect(preloads, app).toContain(queryBatchAddress(HOME_QUERIES[app]));
      expect(preloads, app).toMatch(
        new RegExp(`</${app}/assets/home-page-[\\w-]+\\.js>; rel=modulepreload`),
      );
      await fresh.page.getByRole("navigation", { name: "Main" }).waitFor();
      await fresh.page.waitForLoadState("networkidle");
      // A preload the app does not take shows as a second request for the same procedures.
      const home = asked.filter((address) =>
        HOME_QUERIES[app].some((procedure) => address.includes(procedure)),
      );
      expect(home, app).toEqual([queryBatchAddress(HOME_QUERIES[app])]);
      const scripts = asked.filter((address) => address.includes("/assets/"));
      expect(scripts.length, app).toBeGreaterThan(3);
      expect(
        new Set(scripts).size,
        `${app} asks no script or style twice: ${scripts.join(", ")}`,
      ).toBe(scripts.length);
      await fresh.context.clearCookies();
      fresh.page.removeAllListeners("request");
    }
  });
});

describe("teacher app", () => {
  it("signs the demo teacher in and shows their own stage and next session", async () => {
    await fresh.page.goto("/teacher/");
    await fresh.page.getByRole("heading", { name: /sign in/i }).waitFor();
    await expectAccessible(fresh.page);

    await signIn(fresh.page, "teacher@maplevalley.test", PASSWORD);
    await fresh.page.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();

    const home = await queryAsPage<RouterOutputs["teacher"]["home"]>(
      fresh.page,
      run.server.url,
      "teacher.home",
    );
    const firstName = home.person.displayName.split(" ")[0] ?? "";
    await expect(fresh.page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      firstName,
    );
    const current = home.enrolments[0];
    expect(current).toBeDefined();
    if (current) {
      await expect(fresh.page.getByText(current.stage.title).first().isVisible()).resolves.toBe(
        true,
      );
      if (current.next.kind !== "finished") {
        await expect(
          fresh.page.getByText(current.next.session.title).first().isVisible(),
        ).resolves.toBe(true);
      }
    }
    await expectAccessible(fresh.page);
  });

  it("signs out back to the sign-in page", async () => {
    await fresh.page.goto("/teacher/");
    await signIn(fresh.page, "teacher@maplevalley.test", PASSWORD);
    await fresh.page.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();
    await fresh.page.getByRole("button", { name: "Sign out" }).click();
    await fresh.page.getByRole("heading", { name: /sign in/i }).waitFor();
    const me = await fresh.page.request.get(`${run.server.url}/trpc/viewer.me`);
    expect(me.status()).toBe(401);
  });

  it("can be used with the keyboard alone", async () => {
    await fresh.page.goto("/teacher/");
    await fresh.page.getByRole("heading", { name: /sign in/i }).waitFor();
    // Tab into the form, type, and press Enter: no mouse anywhere.
    for (let presses = 0; presses < 10; presses += 1) {
      await fresh.page.keyboard.press("Tab");
      const label = await fresh.page.evaluate(() => document.activeElement?.getAttribute("type"));
      if (label === "email") break;
    }
    await fresh.page.keyboard.type("teacher@maplevalley.test");
    // Enter continues to the password step, which takes the focus.
    await fresh.page.keyboard.press("Enter");
    const password = fresh.page.getByLabel("Password", { exact: true });
    await password.waitFor();
    await expect(password.evaluate((input) => input === document.activeElement)).resolves.toBe(
      true,
    );
    await fresh.page.keyboard.type(PASSWORD);
    await fresh.page.keyboard.press("Enter");
    await fresh.page.getByRole("heading", { level: 1, name: /welcome/i }).waitFor();

    // The first Tab reaches the skip link, which moves focus past the navigation.
    await fresh.page.keyboard.press("Tab");
    const skip = fresh.page.getByRole("link", { name: /skip to (main )?content/i });
    await expect(skip.evaluate((link) => link === document.activeElement)).resolves.toBe(true);
    await fresh.page.keyboard.press("Enter");
    await expect(fresh.page.evaluate(() => window.location.hash)).resolves.toBe("#main");
  });

  it("shows a clear error for a wrong password", async () => {
    await fresh.page.goto("/teacher/");
    await signIn(fresh.page, "teacher@maplevalley.test", "not-the-password");
    await fresh.page
      .getByRole("alert")
      .filter({ hasText: /invalid|incorrect|wrong/i })
      .waitFor();
  });
});

describe("coach app", () => {
  it("turns away a teacher who facilitates no team", async () => {
    await fresh.page.goto("/coach/");
    await signIn(fresh.page, "teacher@maplevalley.test", PASSWORD);
    await fresh.page
      .getByText("This app is for coaches and teacher leaders who facilitate a team.")
      .waitFor();
  });

  it("shows the coach's own teams and teachers", async () => {
    await fresh.page.goto("/coach/");
    await signIn(fresh.page, "coach@maplevalley.test", PASSWORD);
    await fresh.page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    const home = await queryAsPage<RouterOutputs["coach"]["home"]>(
      fresh.page,
      run.server.url,
      "coach.home",
    );
    expect(home.teams.length).toBeGreaterThan(0);
    for (const team of home.teams) {
      await expect(fresh.page.getByText(team.name).first().isVisible()).resolves.toBe(true);
    }
    const someone = home.teams[0]?.members[0];
    if (someone)
      // The caseload is a table on a wide screen and cards on a phone; only one of them shows.
      await fresh.page.getByText(someone.displayName).filter({ visible: true }).first().waitFor();
    await expectAccessible(fresh.page);
  });
});

describe("admin app", () => {
  it("shows the principal their school with teacher counts", async () => {
    await fresh.page.goto("/admin/");
    await signIn(fresh.page, "principal@maplevalley.test", PASSWORD);
    await fresh.page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    const home = await queryAsPage<RouterOutputs["admin"]["home"]>(
      fresh.page,
      run.server.url,
      "admin.home",
    );
    expect(home.scope).toBe("school");
    expect(home.schools).toHaveLength(1);
    const school = home.schools[0];
    if (school) {
      await expect(fresh.page.getByText(school.name).first().isVisible()).resolves.toBe(true);
      await expect(
        fresh.page.getByText(String(school.teacherCount)).first().isVisible(),
      ).resolves.toBe(true);
    }
    await expectAccessible(fresh.page);
  });

  it("shows the district admin every school", async () => {
    await fresh.page.goto("/admin/");
    await signIn(fresh.page, "admin@maplevalley.test", PASSWORD);
    await fresh.page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    const home = await queryAsPage<RouterOutputs["admin"]["home"]>(
      fresh.page,
      run.server.url,
      "admin.home",
    );
    expect(home.scope).toBe("district");
    for (const school of home.schools) {
      await expect(fresh.page.getByText(school.name).first().isVisible()).resolves.toBe(true);
    }
  });

  it("turns a teacher away with a clear message", async () => {
    await fresh.page.goto("/admin/");
    await signIn(fresh.page, "teacher@maplevalley.test", PASSWORD);
    await fresh.page.getByText("This app is for principals and district staff.").waitFor();
    await expectAccessible(fresh.page);
  });
});
