/** One headline figure: what it counts, the number, and what the number covers. */
export interface Figure {
  id: string;
  label: string;
  value: string;
  detail: string;
}

const layouts = {
  /** The dashboard's own cards. */
  cards: {
    list: "grid gap-4 sm:grid-cols-2 lg:grid-cols-4",
    item: "flex flex-col gap-1 rounded-lg border border-border bg-surface p-4 shadow-sm",
    value: "text-2xl font-semibold tabular-nums text-foreground",
  },
  /** Inside another card, as on the overview. */
  compact: {
    list: "grid grid-cols-2 gap-3 lg:grid-cols-4",
    item: "flex flex-col gap-0.5 rounded-lg border border-border p-3",
    value: "text-xl font-semibold tabular-nums text-foreground",
  },
};

/** Headline figures as tiles; each is a term and its value, so it reads as a list. */
export function FigureList({
  figures,
  layout = "cards",
}: {
  figures: readonly Figure[];
  layout?: keyof typeof layouts;
}) {
  const classes = layouts[layout];
  return (
    <dl className={classes.list}>
      {figures.map((figure) => (
        <div key={figure.id} data-figure={figure.id} className={classes.item}>
          <dt className="text-sm font-medium text-muted-foreground">{figure.label}</dt>
          <dd className={classes.value}>{figure.value}</dd>
          <dd className="text-xs text-muted-foreground">{figure.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
