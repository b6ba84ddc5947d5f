import { emailColours, emailFontFamily } from "@throughline/domain/email-style";

/*
 * The emails about a person's own sign-in: an invitation to set a password, its reminder, and
 * a password reset link. They carry a one-time link, so they are rendered in the transaction
 * that makes the link (only its hash is kept) and queued in the outbox as they are. Plain
 * inline-styled HTML in the look of the notification emails, with a plain-text part that says
 * the same. No unsubscribe: a person cannot opt out of being able to sign in.
 */

export interface RenderedAccountEmail {
  subject: string;
  html: string;
  text: string;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** Inline in a `style` attribute, so the stack's quotes are escaped. */
const fontFamily = escapeHtml(emailFontFamily);

const dateFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-US", {
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });

interface EmailFrame {
  publicUrl: string;
  districtName: string;
  title: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  afterAction: string[];
}

function paragraph(text: string, muted = false): string {
  return `<p style="color:${muted ? emailColours.muted : emailColours.text};font-size:${muted ? 14 : 15}px;line-height:${muted ? 22 : 24}px;margin:0 0 16px">${escapeHtml(text)}</p>`;
}

function renderFrame(frame: EmailFrame): RenderedAccountEmail {
  const html = `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="color-scheme" content="light"><title>${escapeHtml(frame.title)}</title></head>
<body style="background-color:${emailColours.page};margin:0;padding:24px 0;font-family:${fontFamily}">
<div style="background-color:${emailColours.card};border:1px solid ${emailColours.border};border-radius:8px;max-width:560px;margin:0 auto;padding:24px 32px">
<img src="${escapeHtml(frame.publicUrl)}/brand/throughline-mark.png" alt="Throughline" width="32" height="32" style="border-radius:6px;margin-bottom:8px">
<p style="color:${emailColours.brand};font-size:18px;font-weight:700;line-height:24px;margin:0">${escapeHtml(frame.districtName)}</p>
<p style="color:${emailColours.muted};font-size:13px;margin:0 0 8px">Professional learning with Throughline</p>
<hr style="border:none;border-top:1px solid ${emailColours.border};margin:8px 0 16px">
${paragraph(frame.greeting)}
<h1 style="color:${emailColours.text};font-size:20px;line-height:28px;margin:0 0 16px">${escapeHtml(frame.title)}</h1>
${frame.paragraphs.map((text) => paragraph(text)).join("\n")}
<p style="margin:20px 0 8px"><a href="${escapeHtml(frame.action.url)}" style="background-color:${emailColours.brand};border-radius:6px;color:#ffffff;display:inline-block;font-size:15px;font-weight:600;padding:12px 20px;text-decoration:none">${escapeHtml(frame.action.label)}</a></p>
<p style="color:${emailColours.muted};font-size:13px;line-height:20px;margin:0 0 16px;word-break:break-all">Or copy this address into your browser: ${escapeHtml(frame.action.url)}</p>
${frame.afterAction.map((text) => paragraph(text, true)).join("\n")}
</div>
</body>
</html>`;
  const text = [
    frame.districtName,
    "Professional learning with Throughline",
    "",
    frame.greeting,
    "",
    frame.title,
    "",
    ...frame.paragraphs.flatMap((text) => [text, ""]),
    `${frame.action.label}: ${frame.action.url}`,
    "",
    ...frame.afterAction.flatMap((text) => [text, ""]),
  ].join("\n");
  return { subject: frame.title, html, text: text.trimEnd() };
}

/** What Throughline is, for someone who has never heard of it. */
function aboutThroughline(districtName: string): string {
  return `${districtName} uses Throughline for teachers' professional learning: your path through the district's instructional framework in stages, short online MicroPD sessions, support meetings with your team, and your action plan with its evidence.`;
}

export interface InvitationEmailParams {
  publicUrl: string;
  districtName: string;
  timeZone: string;
  recipientName: string;
  email: string;
  inviteUrl: string;
  expiresAt: Date;
  /** A reminder re-sends a fresh link to someone who has not set a password yet. */
  reminder: boolean;
}

export function renderInvitationEmail(params: InvitationEmailParams): RenderedAccountEmail {
  const until = dateFormat(params.timeZone).format(params.expiresAt);
  return renderFrame({
    publicUrl: params.publicUrl,
    districtName: params.districtName,
    title: params.reminder
      ? `Reminder: set your password for Throughline, ${params.districtName}`
      : `${params.districtName} invites you to Throughline`,
    greeting: `Hello ${params.recipientName},`,
    paragraphs: [
      aboutThroughline(params.districtName),
      params.reminder
        ? `You have not set your password yet. Here is a new link (any earlier one no longer works). You will sign in with ${params.email}.`
        : `Set a password to sign in with ${params.email}. It takes a minute.`,
    ],
    action: { label: "Set your password", url: params.inviteUrl },
    afterAction: [
      `The link works once, until ${until}. If it has expired, ask your principal or district administrator for a new one.`,
      "If you did not expect this email, you can ignore it.",
    ],
  });
}

export interface PasswordResetEmailParams {
  publicUrl: string;
  districtName: string;
  recipientName: string;
  resetUrl: string;
}

export function renderPasswordResetEmail(params: PasswordResetEmailParams): RenderedAccountEmail {
  return renderFrame({
    publicUrl: params.publicUrl,
    districtName: params.districtName,
    title: "Reset your Throughline password",
    greeting: `Hello ${params.recipientName},`,
    paragraphs: [
      "Someone (we hope you) asked to reset the password of your Throughline account. Choose a new password with the link below.",
    ],
    action: { label: "Choose a new password", url: params.resetUrl },
    afterAction: [
      "The link works once, for one hour. Setting a new password signs you out on every other device.",
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ],
  });
}
