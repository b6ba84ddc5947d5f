import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./utils.ts";

type AlertVariant = "info" | "success" | "warning" | "error";

const variants: Record<AlertVariant, { classes: string; icon: typeof Info }> = {
  info: { classes: "border-info/30 bg-info-soft text-info", icon: Info },
  success: { classes: "border-success/30 bg-success-soft text-success", icon: CircleCheck },
  warning: { classes: "border-warning/30 bg-warning-soft text-warning", icon: TriangleAlert },
  error: { classes: "border-danger/30 bg-danger-soft text-danger", icon: CircleAlert },
};

interface AlertProps extends Omit<ComponentProps<"div">, "title"> {
  variant?: AlertVariant;
  title?: ReactNode;
}

/**
 * A message box. Errors are announced at once (role "alert"); other messages politely
 * (role "status"). Pass `role` to override.
 */
export function Alert({
  variant = "info",
  title,
  children,
  className,
  role,
  ...props
}: AlertProps) {
  const { classes, icon: Icon } = variants[variant];
  return (
    <div
      role={role ?? (variant === "error" ? "alert" : "status")}
      className={cn("flex gap-3 rounded-lg border px-4 py-3 text-sm", classes, className)}
      {...props}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="flex flex-col gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-foreground">{children}</div> : null}
      </div>
    </div>
  );
}
