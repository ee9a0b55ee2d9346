"use client";

import { useEffect, useRef, useState, type Dispatch } from "react";
import { useHydrated } from "@/components/shared/use-hydrated";
import type { FormAction } from "@/lib/playground/form-reducer";
import type { PlaygroundForm } from "@/lib/playground/form-state";
import { restoreForm, serializeForm, type RestoredForm } from "@/lib/playground/saved-form";

const STORAGE_KEY = "portrait-studio.playground-form";

/** Storage can be missing or refuse (private windows, quotas): the form then simply is not kept. */
function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const readSaved = (): RestoredForm | null =>
  typeof window === "undefined" ? null : restoreForm(storage()?.getItem(STORAGE_KEY) ?? null);

/**
 * Keeps the Playground form in this tab's session storage: a reload, or leaving the page and coming
 * back, finds model, mode, inputs, prompt and parameters as they were. The server renders the
 * empty form; the kept one is loaded through the form's reducer once the page has hydrated, and
 * every change is written back. Returns the names of device files that could not be kept.
 */
export function useSavedForm(form: PlaygroundForm, dispatch: Dispatch<FormAction>): string[] {
  const hydrated = useHydrated();
  const [saved] = useState(readSaved);
  const loaded = useRef(false);

  useEffect(() => {
    if (!loaded.current) {
      loaded.current = true;
      // The first write waits for the kept form to be in place, so it is never overwritten.
      if (saved) return dispatch({ type: "load", form: saved.form });
    }
    try {
      storage()?.setItem(STORAGE_KEY, serializeForm(form));
    } catch {
      // Over quota: the previous copy stays, which is the best that can be kept.
    }
  }, [form, saved, dispatch]);

  return hydrated ? (saved?.droppedFiles ?? []) : [];
}
