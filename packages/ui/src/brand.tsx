import { cn } from "./utils.ts";

const productName = "Throughline";

/** The Throughline mark: one line running through three stages. Decorative. */
function BrandMark({ className }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 32 32"
      className={cn("size-8 shrink-0", className)}
    >
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <path
        d="M5 21 C 10 21, 11 11, 16 11 S 22 21, 27 21"
        fill="none"
        strokeWidth="2.25"
        strokeLinecap="round"
        className="stroke-primary-soft"
      />
      <circle cx="7" cy="21" r="2.75" className="fill-primary-foreground" />
      <circle cx="16" cy="11" r="2.75" className="fill-primary-foreground" />
      <circle cx="25" cy="21" r="2.75" className="fill-primary-foreground" />
    </svg>
  );
}

interface BrandProps {
  /** The app's own name, shown after the product name, e.g. "My learning". */
  appName?: string;
  className?: string;
  /** On a phone, show the mark and the app name only (the product name stays for readers). */
  compact?: boolean;
}

/** Product name with the mark, and the app name when there is one. */
export function Brand({ appName, className, compact = false }: BrandProps) {
  const narrow = compact && appName;
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <BrandMark />
      <span
        className={cn(
          "text-base font-semibold tracking-tight text-foreground",
          narrow && "sr-only sm:not-sr-only",
        )}
      >
        {productName}
      </span>
      {appName ? (
        <>
          <span
            aria-hidden="true"
            className={cn("h-5 w-px bg-border", narrow && "hidden sm:block")}
          />
          <span className="text-base font-medium text-muted-foreground">{appName}</span>
        </>
      ) : null}
    </span>
  );
}
