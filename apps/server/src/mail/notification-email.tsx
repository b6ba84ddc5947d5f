import { Section, Text } from "@react-email/components";
import { emailColours } from "@throughline/domain/email-style";
import { ActionButton, type EmailFrame, EmailLayout } from "./email-layout.tsx";

interface NotificationEmailProps {
  frame: EmailFrame;
  title: string;
  body: string;
  /** The exact page the notification is about, absolute. */
  actionUrl: string;
  /** Said when a calendar invitation is attached. */
  hasInvite: boolean;
}

/** One notification, sent as soon as quiet hours allow. */
export function NotificationEmail(props: NotificationEmailProps) {
  return (
    <EmailLayout frame={props.frame} title={props.title} preview={props.body || props.title}>
      {props.body ? (
        <Text style={{ color: emailColours.text, fontSize: "15px", lineHeight: "24px" }}>
          {props.body}
        </Text>
      ) : null}
      {props.hasInvite ? (
        <Text style={{ color: emailColours.muted, fontSize: "14px", lineHeight: "22px" }}>
          The calendar invitation is attached; opening it updates the meeting in your calendar.
        </Text>
      ) : null}
      <Section style={{ margin: "20px 0 8px" }}>
        <ActionButton href={props.actionUrl}>Open in Throughline</ActionButton>
      </Section>
      <Text style={{ color: emailColours.muted, fontSize: "13px", lineHeight: "20px" }}>
        Or copy this address into your browser: {props.actionUrl}
      </Text>
    </EmailLayout>
  );
}
