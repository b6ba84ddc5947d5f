import { plainTextSelectors, render } from "@react-email/render";
import { formatInstant } from "@throughline/domain/date-format";
import type { NotificationKind } from "@throughline/domain/enums";
import {
  type NotificationItem,
  type NotificationKindInfo,
  type NotificationLink,
  notificationKinds,
} from "@throughline/domain/notification";
import type { AppName } from "@throughline/domain/rules/app-access";
import { createElement } from "react";
import { BRAND_MARK_PATH } from "../brand-assets.ts";
import { createUnsubscribeToken } from "../notifications/unsubscribe-token.ts";
import { DigestEmail, type DigestEmailItem } from "./digest-email.tsx";
import type { EmailFrame } from "./email-layout.tsx";
import { NotificationEmail } from "./notification-email.tsx";

/** What every message of one district is rendered with. */
export interface EmailContext {
  /** The origin people reach the server at, without a trailing slash. */
  publicUrl: string;
  /** Signs the unsubscribe links. */
  secret: string;
  districtId: string;
  districtName: string;
  timeZone: string;
}

interface EmailRecipient {
  personId: string;
  name: string;
}

interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** An absolute link to a page of one of the apps (they are served at /teacher, /coach, /admin). */
export function appUrl(publicUrl: string, link: NotificationLink): string {
  const path = link.path.startsWith("/") ? link.path : `/${link.path}`;
  return `${publicUrl}/${link.app}${path}`;
}

const AUDIENCE_APP: Record<NotificationKindInfo["audience"], AppName> = {
  teacher: "teacher",
  coach: "coach",
  principal: "admin",
};

/**
 * The one-click unsubscribe address for these kinds; also the `List-Unsubscribe` target. It
 * depends only on what the outbox row keeps (district, person, kinds), so the worker builds
 * the same address for the header as the body shows. Its confirmation page links to the
 * preferences of the app the first kind is meant for.
 */
export function unsubscribeUrl(
  target: { publicUrl: string; secret: string; districtId: string },
  personId: string,
  kinds: readonly NotificationKind[],
): string {
  const app = AUDIENCE_APP[notificationKinds[kinds[0] ?? "coach_comment"].audience];
  const token = createUnsubscribeToken(
    { districtId: target.districtId, personId, app, kinds: [...kinds] },
    target.secret,
  );
  return `${target.publicUrl}/unsubscribe/${token}`;
}

/** The reader's frame of a message about `kinds`, whose preferences live in `app`. */
function emailFrame(
  context: EmailContext,
  recipient: EmailRecipient,
  app: AppName,
  kinds: NotificationKind[],
): EmailFrame {
  return {
    districtName: context.districtName,
    recipientName: recipient.name,
    logoUrl: `${context.publicUrl}${BRAND_MARK_PATH}`,
    preferencesUrl: appUrl(context.publicUrl, { app, path: "/notifications/settings" }),
    unsubscribeUrl: unsubscribeUrl(context, recipient.personId, kinds),
    unsubscribeWhat: kinds.map((kind) => notificationKinds[kind].label.toLowerCase()).join(", "),
  };
}

/** Headings keep their case in plain text: shouting every title makes the text hard to read. */
const textSelectors = [
  ...plainTextSelectors,
  ...["h1", "h2"].map((selector) => ({ selector, options: { uppercase: false } })),
];

/** Plain text is rendered from the same HTML, so both parts always say the same thing. */
async function renderBoth(element: ReturnType<typeof createElement>) {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: textSelectors } }),
  ]);
  return { html, text };
}

export async function renderNotificationEmail(
  context: EmailContext,
  recipient: EmailRecipient,
  item: Pick<NotificationItem, "kind" | "title" | "body" | "link">,
  options: { hasInvite: boolean },
): Promise<RenderedEmail> {
  const element = createElement(NotificationEmail, {
    frame: emailFrame(context, recipient, item.link.app, [item.kind]),
    title: item.title,
    body: item.body,
    actionUrl: appUrl(context.publicUrl, item.link),
    hasInvite: options.hasInvite,
  });
  return { subject: item.title, ...(await renderBoth(element)) };
}

export async function renderDigestEmail(
  context: EmailContext,
  recipient: EmailRecipient,
  digest: { day: Date; items: Omit<NotificationItem, "readAt">[] },
): Promise<RenderedEmail & { kinds: NotificationKind[] }> {
  const kinds = [...new Set(digest.items.map((item) => item.kind))].sort();
  // Preferences live in every app; link to the one the first item opens in.
  const app = digest.items[0]?.link.app ?? "teacher";
  const dayLabel = formatInstant(digest.day, {
    timeZone: context.timeZone,
    style: "longWeekdayDate",
  });
  const items: DigestEmailItem[] = digest.items.map((item) => ({
    id: item.id,
    title: item.title,
    body: item.body,
    // An email is read on any device: its times say their zone.
    time: formatInstant(item.createdAt, {
      timeZone: context.timeZone,
      style: "time",
      showZone: true,
    }),
    url: appUrl(context.publicUrl, item.link),
  }));
  const element = createElement(DigestEmail, {
    frame: emailFrame(context, recipient, app, kinds),
    dayLabel,
    items,
  });
  const count = items.length;
  return {
    subject: `Your Throughline digest for ${dayLabel}: ${count} update${count === 1 ? "" : "s"}`,
    kinds,
    ...(await renderBoth(element)),
  };
}
