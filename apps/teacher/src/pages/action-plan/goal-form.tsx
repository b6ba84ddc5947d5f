import { maxPlanIndicators } from "@throughline/domain/action-plan";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { DraftGuard } from "@throughline/ui/draft-guard";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { TextAreaField } from "@throughline/ui/text-area-field";
import type { FormEvent } from "react";
import type { IndicatorOption, Plan } from "./types.ts";
import type { GoalDraft, GoalPart } from "./use-goal-draft.ts";

const goalHint =
  "Answer three questions in a few sentences: What will change in my classroom? For which students? How will I know it worked (what will I see or collect)?";

/**
 * The plan's goal and the indicators it targets; writes the plan the first time. Once the plan
 * exists the page shows the two apart (`part`), so on a phone the steps come right after the
 * goal rather than after the whole indicator list; both parts edit and save one draft.
 */
export function GoalForm({
  plan,
  indicators,
  draft,
  part = "both",
}: {
  plan: Plan | null;
  indicators: readonly IndicatorOption[];
  draft: GoalDraft;
  part?: GoalPart;
}) {
  const { goal, chosen, save, toggle } = draft;
  const saved = draft.savedFrom === part;
  function submit(event: FormEvent) {
    event.preventDefault();
    draft.submit(part);
  }

  const indicatorError = fieldError(save.error, "indicatorIds");
  // A message no field owns goes beside the button that was pressed.
  const general =
    draft.submittedFrom === part ? formError(save.error, ["goal", "indicatorIds"]) : undefined;
  return (
    <form onSubmit={submit} className="flex flex-col gap-6" noValidate>
      {part === "indicators" ? null : (
        <TextAreaField
          label="Goal"
          hint={goalHint}
          rows={4}
          value={goal}
          onChange={(event) => draft.setGoal(event.target.value)}
          placeholder="e.g. My second graders who rarely write more than a sentence will explain their thinking in three sentences; I will know from their quick writes each Friday."
          error={fieldError(save.error, "goal")}
        />
      )}
      {part !== "indicators" ? (
        <DraftGuard
          state={draft.goalState}
          dirty={draft.goalDirty}
          saving={save.isPending}
          message="Your goal is kept on this device and offered back when you return, but it is not saved on your plan yet."
        />
      ) : null}
      {part === "goal" ? null : (
        <fieldset
          className="flex flex-col gap-3"
          aria-describedby={indicatorError ? "indicators-error" : "indicators-hint"}
        >
          {/* Alone on its card, whose title already names the list, the legend is for readers. */}
          <legend
            className={part === "indicators" ? "sr-only" : "text-sm font-medium text-foreground"}
          >
            Indicators this plan targets
          </legend>
          <p id="indicators-hint" className="-mt-1 text-sm text-muted-foreground">
            Choose up to {maxPlanIndicators} practices of the framework your goal works on.
          </p>
          <ul className={part === "indicators" ? "grid gap-2" : "grid gap-2 sm:grid-cols-2"}>
            {indicators.map((item) => {
              const checked = chosen.includes(item.id);
              return (
                <li key={item.id}>
                  <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-border px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 shrink-0 accent-primary"
                      checked={checked}
                      onChange={(event) => toggle(item.id, event.target.checked)}
                    />
                    <span>
                      <span className="font-semibold">{item.code}</span> {item.title}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <FieldMessage id="indicators-error" message={indicatorError} />
        </fieldset>
      )}
      {general ? <Alert variant="error">{general}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending
            ? "Saving…"
            : !plan
              ? "Start my plan"
              : part === "indicators"
                ? "Save indicators"
                : "Save goal"}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-success">
            Saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}
