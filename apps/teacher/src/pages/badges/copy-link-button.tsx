import { Button } from "@throughline/ui/button";
import { Copy } from "lucide-react";
import { useState } from "react";

/** Copies a link and says so to everyone, screen reader users included. */
export function CopyLinkButton({ url, name }: { url: string; name: string }) {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied");
    } catch {
      setMessage("The link could not be copied; select it and copy it yourself.");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" size="sm" onClick={() => void copy()}>
        <Copy aria-hidden="true" />
        Copy link<span className="sr-only"> to {name}</span>
      </Button>
      <span role="status" className="text-sm text-success">
        {message}
      </span>
    </span>
  );
}
