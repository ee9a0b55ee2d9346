import { cloneElement, isValidElement, type ReactElement, type ReactNode, type Ref } from "react";

type Props = Record<string, unknown>;

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) ref.current = value;
}

/** The props of both, as Radix's Slot merges them: the child's handlers run first, classes and styles join. */
function mergeProps(slot: Props, child: Props): Props {
  const merged: Props = { ...slot, ...child };
  for (const [name, slotValue] of Object.entries(slot)) {
    const childValue = child[name];
    if (/^on[A-Z]/.test(name) && typeof slotValue === "function" && typeof childValue === "function") {
      merged[name] = (...args: unknown[]) => {
        const result = childValue(...args);
        slotValue(...args);
        return result;
      };
    } else if (name === "style") {
      merged.style = { ...(slotValue as object), ...(childValue as object) };
    } else if (name === "className") {
      merged.className = [slotValue, childValue].filter(Boolean).join(" ");
    } else if (name === "ref" && slotValue && childValue) {
      merged.ref = (node: unknown) => {
        setRef(slotValue as Ref<unknown>, node);
        setRef(childValue as Ref<unknown>, node);
      };
    }
  }
  return merged;
}

/**
 * `asChild`: renders its one child element with these props merged in (a link with a button's
 * look and behaviour). Radix's Slot does the same; this one keeps it off the pages that never
 * open a Radix part.
 */
export function Slot({ children, ...props }: Props & { children?: ReactNode }) {
  if (!isValidElement(children)) return null;
  const child = children as ReactElement<Props>;
  return cloneElement(child, mergeProps(props, child.props));
}
