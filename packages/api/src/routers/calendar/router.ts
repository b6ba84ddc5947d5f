import { listCatalogueEventsForCalendar } from "@throughline/db/queries/catalogue/catalogue-calendar";
import {
  createFeed,
  findLiveFeed,
  listCalendarMeetings,
  listCalendarWorkshops,
  revokeFeeds,
} from "@throughline/db/queries/meetings/calendar";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import {
  type CalendarEvent,
  type CalendarFeedStatus,
  type CreatedCalendarFeed,
  calendarEvents,
} from "@throughline/domain/calendar";
import { withCatalogueEvents } from "@throughline/domain/catalogue-calendar";
import { feedUrl, hashFeedToken, newFeedToken } from "../../calendar-feed-token.ts";
import { authedProcedure, createRouter } from "../../trpc.ts";

/** How far ahead the app's list of upcoming meetings and workshops looks. */
const UPCOMING_DAYS = 60;

export const calendarRouter = createRouter({
  /** Whether the viewer has a live feed and since when; never the link itself. */
  feed: authedProcedure.query(async ({ ctx }): Promise<CalendarFeedStatus> => {
    const live = await findLiveFeed(ctx.tx, { personId: ctx.personId });
    return { active: live !== null, createdAt: live?.createdAt ?? null };
  }),

  /**
   * Creates the viewer's feed, or replaces it: the old link stops working. The answer is the
   * only time the link is shown; only a hash of its secret is kept.
   */
  createFeed: authedProcedure.mutation(async ({ ctx }): Promise<CreatedCalendarFeed> => {
    const token = newFeedToken();
    const created = await createFeed(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      tokenHash: hashFeedToken(token),
      now: new Date(),
    });
    return {
      url: feedUrl(ctx.publicUrl, ctx.districtId, token),
      createdAt: created.createdAt,
    };
  }),

  /** Turns the viewer's feed off; calendar apps subscribed to it get nothing more. */
  revokeFeed: authedProcedure.mutation(async ({ ctx }) => {
    const revoked = await revokeFeeds(ctx.tx, { personId: ctx.personId, now: new Date() });
    return { revoked: revoked > 0 };
  }),

  /**
   * The viewer's meetings, workshops and catalogue seats from now to 60 days ahead, as the feed
   * shows them.
   */
  upcoming: authedProcedure.query(async ({ ctx }): Promise<CalendarEvent[]> => {
    const now = new Date();
    const window = {
      personId: ctx.personId,
      from: now,
      until: new Date(now.getTime() + UPCOMING_DAYS * 24 * 60 * 60 * 1000),
    };
    const [meetings, workshops, catalogue] = [
      await listCalendarMeetings(ctx.tx, window),
      await listCalendarWorkshops(ctx.tx, window),
      await listCatalogueEventsForCalendar(ctx.tx, window),
    ];
    const timeZone = await districtTimeZone(ctx.tx, ctx.districtId);
    const events = calendarEvents({ meetings, workshops, appUrl: ctx.publicUrl, timeZone });
    return withCatalogueEvents(events, catalogue, ctx.publicUrl, timeZone);
  }),
});
