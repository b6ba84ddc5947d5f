import { hashFeedToken } from "@throughline/api/calendar-feed-token";
import type { Database } from "@throughline/db/client";
import { listCatalogueEventsForCalendar } from "@throughline/db/queries/catalogue/catalogue-calendar";
import {
  findFeedOwnerByTokenHash,
  listCalendarMeetings,
  listCalendarWorkshops,
} from "@throughline/db/queries/meetings/calendar";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { withTenant } from "@throughline/db/tenant";
import { calendarEvents, feedTokenSchema } from "@throughline/domain/calendar";
import { withCatalogueEvents } from "@throughline/domain/catalogue-calendar";
import { idSchema } from "@throughline/domain/ids";
import { Hono } from "hono";
import { renderFeed } from "./feed-ics.ts";

interface CalendarRouteDeps {
  db: Database;
  /** The origin people reach the server at; event descriptions link back to the app. */
  publicUrl: string;
}

/** Past meetings stay in the feed this long, so last month's calendar is not emptied. */
const HISTORY_DAYS = 60;

/**
 * `GET /calendar/:districtId/:token.ics`: a person's private feed of meetings and workshops.
 * Public, because calendar apps cannot sign in: the secret token is the key. The district is
 * in the path because row security needs it before the token can be looked up. Anything wrong
 * (a bad path, an unknown or revoked token, a token of another district) is the same bare 404,
 * so the answer tells nobody which part was wrong.
 */
export function calendarRoutes(deps: CalendarRouteDeps): Hono {
  const routes = new Hono();

  routes.get("/:districtId/:file", async (c) => {
    const notFound = () => c.text("Not found", 404);
    const districtId = idSchema.safeParse(c.req.param("districtId"));
    const file = c.req.param("file");
    const token = feedTokenSchema.safeParse(file.endsWith(".ics") ? file.slice(0, -4) : "");
    if (!districtId.success || !token.success) return notFound();

    const now = new Date();
    const body = await withTenant(deps.db, districtId.data, async (tx) => {
      const owner = await findFeedOwnerByTokenHash(tx, { tokenHash: hashFeedToken(token.data) });
      if (!owner) return null;
      const timeZone = await districtTimeZone(tx, districtId.data);
      const window = {
        personId: owner.personId,
        from: new Date(now.getTime() - HISTORY_DAYS * 24 * 60 * 60 * 1000),
      };
      const appUrl = `${deps.publicUrl.replace(/\/+$/, "")}/`;
      const events = withCatalogueEvents(
        calendarEvents({
          meetings: await listCalendarMeetings(tx, window),
          workshops: await listCalendarWorkshops(tx, window),
          appUrl,
          timeZone,
        }),
        await listCatalogueEventsForCalendar(tx, window),
        `${appUrl}teacher/catalogue`,
        timeZone,
      );
      return renderFeed({ personName: owner.displayName, events, now, timeZone });
    });
    if (body === null) return notFound();

    return c.body(body, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      // The feed is personal: never let it be indexed from a leaked link.
      "X-Robots-Tag": "noindex",
    });
  });

  return routes;
}
