import type { ComponentProps } from "react";
import { cn } from "./utils.ts";

interface TableProps extends ComponentProps<"table"> {
  /**
   * Names the scrolling container. Wide tables scroll sideways on small screens; the container
   * then takes keyboard focus so it can be scrolled without a mouse.
   */
  scrollLabel?: string;
}

export function Table({ className, scrollLabel, ...props }: TableProps) {
  const table = (
    <table className={cn("w-full caption-bottom border-collapse text-sm", className)} {...props} />
  );
  if (!scrollLabel) return <div className="relative w-full overflow-x-auto">{table}</div>;
  return (
    <section
      aria-label={scrollLabel}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take keyboard focus to be scrolled without a mouse (WCAG 2.1.1)
      tabIndex={0}
      className="relative w-full overflow-x-auto"
    >
      {table}
    </section>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return (
    <caption className={cn("mt-3 text-left text-sm text-muted-foreground", className)} {...props} />
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-border bg-muted", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableFooter({ className, ...props }: ComponentProps<"tfoot">) {
  return (
    <tfoot
      className={cn("border-t-2 border-border bg-muted font-semibold", className)}
      {...props}
    />
  );
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-border", className)} {...props} />;
}

export function TableHead({ className, scope, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope ?? "col"}
      className={cn(
        "h-11 px-4 text-left align-middle text-xs font-semibold tracking-wide whitespace-nowrap text-muted-foreground uppercase",
        className,
      )}
      {...props}
    />
  );
}

/**
 * A row's header cell (`scope="row"`, the name the row is about): body-sized text in the body's
 * colour instead of the column headers' small capitals. The table gives its spacing, width and
 * weight.
 */
export function TableRowHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <TableHead
      scope="row"
      className={cn("h-auto text-sm tracking-normal text-foreground normal-case", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-3 align-middle", className)} {...props} />;
}

/**
 * A header row of plain column names. `actionsLabel` adds a last column for the rows' buttons,
 * named for screen readers only.
 */
export function TableColumns({
  names,
  actionsLabel,
}: {
  names: readonly string[];
  actionsLabel?: string;
}) {
  return (
    <TableHeader>
      <TableRow>
        {names.map((name) => (
          <TableHead key={name}>{name}</TableHead>
        ))}
        {actionsLabel ? (
          <TableHead>
            <span className="sr-only">{actionsLabel}</span>
          </TableHead>
        ) : null}
      </TableRow>
    </TableHeader>
  );
}
