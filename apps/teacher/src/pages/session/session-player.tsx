import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { ArrowLeft, ArrowRight } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { BlockStepper } from "./block-stepper.tsx";
import { BlockView, blockLabel } from "./block-view.tsx";
import { ReflectionStep } from "./reflection-step.tsx";
import type { SessionView } from "./types.ts";

/**
 * The blocks of a session one at a time, then the reflection. Each move is saved, so leaving and
 * coming back resumes at the same step.
 */
export function SessionPlayer({ view }: { view: SessionView }) {
  const queryClient = useQueryClient();
  const labels = [...view.blocks.map(blockLabel), "Reflection"];
  const last = labels.length - 1;
  const [step, setStep] = useState(() => Math.min(view.progress.currentBlock, last));
  const moved = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const save = useMutation(trpc.micropd.saveProgress.mutationOptions());

  useEffect(() => {
    // After Previous or Next, reading starts again at the new step's heading.
    if (moved.current) heading.current?.focus();
  }, [step]);

  function go(to: number) {
    moved.current = true;
    setStep(to);
    // The cached session remembers the place too, so coming back within the app resumes here.
    queryClient.setQueryData(
      trpc.micropd.session.queryKey({ sessionId: view.session.id }),
      (old) => old && { ...old, progress: { ...old.progress, currentBlock: to } },
    );
    save.mutate({ sessionId: view.session.id, currentBlock: to });
  }

  const block = view.blocks[step];
  return (
    <div className="flex flex-col gap-6">
      <BlockStepper labels={labels} current={step} allDone={view.progress.completedAt !== null} />
      <section
        aria-labelledby="step-heading"
        className="rounded-[var(--radius-card)] border border-border bg-surface p-5 shadow-sm sm:p-8"
      >
        <h2
          id="step-heading"
          ref={heading}
          tabIndex={-1}
          className="mb-5 text-sm font-semibold tracking-wide text-muted-foreground uppercase focus:outline-none"
        >
          Step {step + 1} of {labels.length}: {labels[step]}
        </h2>
        {block ? <BlockView block={block} /> : <ReflectionStep view={view} />}
      </section>
      {save.isError ? (
        <Alert variant="warning" title="Your place was not saved">
          You can keep going; if you leave now, you may come back to an earlier step.
        </Alert>
      ) : null}
      <nav aria-label="Session steps" className="flex items-center justify-between gap-3">
        <Button variant="secondary" onClick={() => go(step - 1)} disabled={step === 0}>
          <ArrowLeft aria-hidden="true" />
          Previous
        </Button>
        {step < last ? (
          <Button onClick={() => go(step + 1)}>
            Next
            <ArrowRight aria-hidden="true" />
          </Button>
        ) : null}
      </nav>
    </div>
  );
}
