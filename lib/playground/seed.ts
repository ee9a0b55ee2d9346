// Seedance takes a seed in 0..2^32-1; -1 and an empty field both mean "random" (the field is left out).

export const SEED_MAX = 4_294_967_295;

/** The seed to send, or null for random. Invalid text also gives null; `seedProblem` says why. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 0 && value <= SEED_MAX ? value : null;
}

export function seedProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "-1") return null;
  return parseSeed(trimmed) === null
    ? `Seed must be a whole number from 0 to ${SEED_MAX}; leave it empty for a random seed.`
    : null;
}
