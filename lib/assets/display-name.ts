/** A display name from a file name: the extension dropped, separators kept as typed. */
export function displayNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, "").trim();
  return (stem || base).slice(0, 200);
}
