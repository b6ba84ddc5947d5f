import { Heading, Link, Section, Text } from "@react-email/components";
import { emailColours } from "@throughline/domain/email-style";
import { type EmailFrame, EmailLayout } from "./email-layout.tsx";

export interface DigestEmailItem {
  id: string;
  title: string;
  body: string;
  /** The local time it happened, already formatted ("2:15 PM"). */
  time: string;
  url: string;
}

interface DigestEmailProps {
  frame: EmailFrame;
  /** The day the digest covers, formatted ("Wednesday, November 25"). */
  dayLabel: string;
  items: DigestEmailItem[];
}

/** A day's notifications in one email, oldest first, each with its own link. */
export function DigestEmail(props: DigestEmailProps) {
  const count = props.items.length;
  return (
    <EmailLayout
      frame={props.frame}
      title={`Your updates from ${props.dayLabel}`}
      preview={`${count} update${count === 1 ? "" : "s"} from ${props.dayLabel}`}
    >
      {props.items.map((item) => (
        <Section
          key={item.id}
          style={{ borderTop: `1px solid ${emailColours.border}`, padding: "12px 0" }}
        >
          <Heading as="h2" style={{ fontSize: "16px", lineHeight: "22px", margin: "0 0 4px" }}>
            <Link href={item.url} style={{ color: emailColours.brand }}>
              {item.title}
            </Link>
          </Heading>
          <Text style={{ color: emailColours.muted, fontSize: "13px", margin: "0 0 4px" }}>
            {item.time}
          </Text>
          {item.body ? (
            <Text
              style={{ color: emailColours.text, fontSize: "15px", lineHeight: "22px", margin: 0 }}
            >
              {item.body}
            </Text>
          ) : null}
        </Section>
      ))}
    </EmailLayout>
  );
}
