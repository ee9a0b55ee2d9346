import { Field, Textarea } from "@/components/ui/field";
import { PROMPT_MAX_LENGTH } from "@/lib/video/request-limits";

/** The prompt; Ctrl/Cmd+Enter generates from here, as in most AI consoles. */
export function PromptField({
  value,
  onChange,
  onSubmitShortcut,
}: {
  value: string;
  onChange: (value: string) => void;
  onSubmitShortcut: () => void;
}) {
  return (
    <Field
      label="Prompt"
      htmlFor="prompt"
      hint={`Describe the scene, the motion and the camera. ${value.length.toLocaleString("en")} / ${PROMPT_MAX_LENGTH.toLocaleString("en")} characters · Ctrl+Enter to generate`}
    >
      <Textarea
        id="prompt"
        value={value}
        maxLength={PROMPT_MAX_LENGTH}
        rows={4}
        required
        aria-describedby="prompt-hint"
        placeholder="A stylized virtual character smiles and turns toward the camera in soft studio light"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSubmitShortcut();
          }
        }}
      />
    </Field>
  );
}
