import { GROUP_KINDS, GROUP_KIND_LABELS, type GroupKind } from "@/lib/schemas/asset-group-values";
import { cn } from "@/lib/ui/cn";

const DESCRIPTIONS: Record<GroupKind, string> = {
  VIRTUAL_PORTRAIT: "AI-generated characters. Active at once, no verification.",
  REAL_FACE: "Photos of a real person, who passes a 2-minute liveness check on their phone.",
  GENERIC: "Everyday files with a retention chosen per file. Not usable as portrait references.",
};

/** The group kind as a radio group: arrow keys move between kinds, as with any native radios. */
export function KindPicker({
  value,
  onChange,
  name,
}: {
  value: GroupKind;
  onChange: (kind: GroupKind) => void;
  name: string;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium">Kind</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {GROUP_KINDS.map((kind) => (
          <label
            key={kind}
            className={cn(
              "border-border hover:bg-surface-2 flex cursor-pointer flex-col gap-1 rounded-lg border p-3 text-sm",
              "has-[:focus-visible]:outline-ring has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
              value === kind && "border-accent bg-accent/5 hover:bg-accent/5",
            )}
          >
            <span className="flex items-center gap-2 font-medium">
              <input
                type="radio"
                name={name}
                value={kind}
                checked={value === kind}
                onChange={() => onChange(kind)}
                className="accent-accent size-3.5 focus-visible:outline-none"
              />
              {GROUP_KIND_LABELS[kind]}
            </span>
            <span className="text-muted text-xs leading-snug">{DESCRIPTIONS[kind]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
