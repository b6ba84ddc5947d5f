import {
  Body,
  Container,
  Head,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { ReactNode } from "react";

/*
 * Colours are chosen for contrast on both white and light-grey backgrounds (all pass WCAG AA
 * for normal text); fonts are the system stacks mail clients already have.
 */
export const emailColours = {
  text: "#1b2430",
  muted: "#3d4a5c",
  brand: "#14487a",
  page: "#f6f7f9",
  card: "#ffffff",
  border: "#d5dbe3",
} as const;

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** The addresses every message's frame carries: the mark in its header and the footer's links. */
/** Links inside a sentence are underlined: colour alone does not tell them from the text. */
const footerLinkStyle = { color: emailColours.brand, textDecoration: "underline" } as const;

export interface EmailFooterLinks {
  /** The product mark as an absolute PNG address (served by the server at /brand). */
  logoUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** What the unsubscribe link stops, in the reader's words ("comments from my coach"). */
  unsubscribeWhat: string;
}

interface EmailLayoutProps extends EmailFooterLinks {
  districtName: string;
  /** The document's title, as screen readers and some clients announce it: the subject. */
  title: string;
  /** The line inbox lists show after the subject. */
  preview: string;
  children: ReactNode;
}

/**
 * The frame of every email: the district's name as real text (no image a client may block),
 * a single column that reads on a phone, and a footer with the preferences page and the
 * one-click unsubscribe for what this message is about.
 */
export function EmailLayout(props: EmailLayoutProps) {
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
              src={props.logoUrl}
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
              {props.districtName}
            </Text>
            <Text style={{ color: emailColours.muted, fontSize: "13px", margin: "0 0 8px" }}>
              Professional learning with Throughline
            </Text>
          </Section>
          <Hr style={{ borderColor: emailColours.border, margin: "8px 0 16px" }} />
          {props.children}
          <Hr style={{ borderColor: emailColours.border, margin: "24px 0 12px" }} />
          <Text style={{ color: emailColours.muted, fontSize: "13px", lineHeight: "20px" }}>
            You get this email because of your notification settings in Throughline.{" "}
            <Link href={props.preferencesUrl} style={footerLinkStyle}>
              Manage email preferences
            </Link>
            {" · "}
            <Link href={props.unsubscribeUrl} style={footerLinkStyle}>
              Unsubscribe from {props.unsubscribeWhat}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The footer's links out of a message's props, for handing them on to `EmailLayout`. */
export function footerLinksOf(links: EmailFooterLinks): EmailFooterLinks {
  return {
    logoUrl: links.logoUrl,
    preferencesUrl: links.preferencesUrl,
    unsubscribeUrl: links.unsubscribeUrl,
    unsubscribeWhat: links.unsubscribeWhat,
  };
}

/** A message's first line: the reader greeted by name. */
export function Greeting(props: { name: string }) {
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
