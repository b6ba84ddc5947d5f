import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./card.tsx";

/**
 * A card under its own heading: the title, a line saying what the card holds, then the content.
 * The parts in card.tsx stay for cards whose header carries more (badges, buttons).
 */
export function TitledCard({
  title,
  description,
  level,
  className,
  contentClassName,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  /** The heading level that fits the page's outline (2 by default). */
  level?: 2 | 3 | 4;
  className?: string;
  contentClassName?: string;
  children: ReactNode;
}) {
  return (
    <Card className={className}>
      <CardHeader>
        <CardTitle level={level}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className={contentClassName}>{children}</CardContent>
    </Card>
  );
}
