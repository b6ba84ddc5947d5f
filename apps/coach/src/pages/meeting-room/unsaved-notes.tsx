import { UnsavedChangesGuard } from "@throughline/ui/unsaved-changes-guard";
import { createContext, type ReactNode, useCallback, useContext, useState } from "react";

/*
 * The meeting room has several notes editors (the step's shared notes, the private notes) but one
 * page to leave: each editor reports whether the server has all it holds, and one guard asks
 * before leaving while any does not.
 */

type Report = (key: string, unsaved: boolean) => void;

const UnsavedNotesContext = createContext<Report>(() => {});

export function useReportUnsaved(): Report {
  return useContext(UnsavedNotesContext);
}

export function UnsavedNotesGuard({ children }: { children: ReactNode }) {
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>((key, isUnsaved) => {
    setUnsaved((now) => {
      if (now.has(key) === isUnsaved) return now;
      const next = new Set(now);
      if (isUnsaved) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  return (
    <UnsavedNotesContext.Provider value={report}>
      {children}
      <UnsavedChangesGuard
        when={unsaved.size > 0}
        message="Some notes have not reached the server yet. They are kept on this device and sent when you come back, but the team cannot see them until then."
      />
    </UnsavedNotesContext.Provider>
  );
}
