import type { RouterOutputs } from "@throughline/api/types";
import type { Page } from "playwright-core";
import { queryAsPage } from "./trpc-over-http.ts";

type OpenSession = Extract<
  RouterOutputs["teacher"]["home"]["enrolments"][number]["next"],
  { kind: "available" }
>["session"];

/**
 * The MicroPD session the demo teacher signed in on `page` has open now, read through the page's
 * own session from her home; the demo always leaves her one.
 */
export async function openSessionOf(page: Page, baseUrl: string): Promise<OpenSession> {
  const home = await queryAsPage<RouterOutputs["teacher"]["home"]>(page, baseUrl, "teacher.home");
  const next = home.enrolments[0]?.next;
  if (next?.kind !== "available") throw new Error("The demo teacher has no session open now.");
  return next.session;
}
