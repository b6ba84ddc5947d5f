import { Video } from "lucide-react";
import { cn } from "./utils.ts";

/**
 * "Join the video call": a meeting's video link, opened in a new tab. "md" beside a page's
 * heading, "sm" inside a meeting's row or card.
 */
export function VideoCallLink({ href, size = "md" }: { href: string; size?: "md" | "sm" }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      className={cn(
        "inline-flex items-center text-primary underline",
        size === "md" ? "gap-1.5" : "gap-1",
      )}
    >
      <Video aria-hidden="true" className={size === "md" ? "size-4" : "size-3.5"} />
      Join the video call
    </a>
  );
}
