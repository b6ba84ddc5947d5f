import {
  Body,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { emailColours, emailFontFamily as fontFamily } from "@throughline/domain/email-style";
import type { ReactNode } from "react";

/** Links inside a sentence are underlined: colour alone does not tell them from the text. */
const footerLinkStyle = { color: emailColours.brand, textDecoration: "underline" } as const;

/** The addresses every message's frame carries: the mark in its header and the footer's links. */
interface EmailFooterLinks {
  /** The product mark as an absolute PNG address (served by the server at /brand). */
  logoUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** What the unsubscribe link stops, in the reader's words ("comments from my coach"). */
  unsubscribeWhat: string;
}

/** What frames every message to one reader: their district, their name and the footer's links. */
export interface EmailFrame extends EmailFooterLinks {
  districtName: string;
  recipientName: string;
}

interface EmailLayoutProps {
  frame: EmailFrame;
  /** The message's heading, and the document's title screen readers and some clients announce. */
  title: string;
  /** The line inbox lists show after the subject. */
  preview: string;
  children: ReactNode;
}

/**
 * The frame of every email: the district's name as real text (no image a client may block),
 * a single column that reads on a phone, the reader greeted by name above the message's
 * heading, and a footer with the preferences page and the one-click unsubscribe for what this
 * message is about.
 */
export function EmailLayout(props: EmailLayoutProps) {
  const { frame } = props;
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <title>{props.title}</title>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{props.preview}</Preview>
      <Body
        style={{ backgroundColor: emailColours.page, margin: 0, padding: "24px 0", fontFamily }}
      >
        <Container
          style={{
            backgroundColor: emailColours.card,
            border: `1px solid ${emailColours.border}`,
            borderRadius: "8px",
            maxWidth: "560px",
            padding: "24px 32px",
          }}
        >
          <Section>
            <Img
              src={frame.logoUrl}
              alt="Throughline"
              width="32"
              height="32"
              style={{ borderRadius: "6px", marginBottom: "8px" }}
            />
            <Text
              style={{
                color: emailColours.brand,
                fontSize: "18px",
                fontWeight: 700,
                lineHeight: "24px",
                margin: 0,
              }}
            >
              {frame.districtName}
            </Text>
            <Text style={{ color: emailColours.muted, fontSize: "13px", margin: "0 0 8px" }}>
              Professional learning with Throughline
            </Text>
          </Section>
          <Hr style={{ borderColor: emailColours.border, margin: "8px 0 16px" }} />
          <Greeting name={frame.recipientName} />
          <Heading
            as="h1"
            style={{ color: emailColours.text, fontSize: "20px", lineHeight: "28px" }}
          >
            {props.title}
          </Heading>
          {props.children}
          <Hr style={{ borderColor: emailColours.border, margin: "24px 0 12px" }} />
          <Text style={{ color: emailColours.muted, fontSize: "13px", lineHeight: "20px" }}>
            You get this email because of your notification settings in Throughline.{" "}
            <Link href={frame.preferencesUrl} style={footerLinkStyle}>
              Manage email preferences
            </Link>
            {" · "}
            <Link href={frame.unsubscribeUrl} style={footerLinkStyle}>
              Unsubscribe from {frame.unsubscribeWhat}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A message's first line: the reader greeted by name. */
function Greeting(props: { name: string }) {
  return (
    <Text style={{ color: emailColours.text, fontSize: "15px", margin: "0 0 8px" }}>
      Hello {props.name},
    </Text>
  );
}

/** The one call to action of a message: a real link styled as a button, with its words. */
export function ActionButton(props: { href: string; children: ReactNode }) {
  return (
    <Link
      href={props.href}
      style={{
        backgroundColor: emailColours.brand,
        borderRadius: "6px",
        color: "#ffffff",
        display: "inline-block",
        fontSize: "15px",
        fontWeight: 600,
        padding: "12px 20px",
        textDecoration: "none",
      }}
    >
      {props.children}
    </Link>
  );
}
