import { useCallback, useState } from "react";

/** A polite live region's text, and how to change it: reorders are read out once done. */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState("");
  const announce = useCallback((next: string) => setMessage(next), []);
  return [message, announce];
}

export function LiveRegion({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {message}
    </p>
  );
}
