/** Office's theme gives the pane background as "#RRGGBB"; a dark one calls for Fluent's dark theme. */
export function isDarkTheme(backgroundColor: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(backgroundColor ?? "");
  if (!match) return false;
  const [red, green, blue] = match.slice(1).map((hex) => parseInt(hex, 16));
  return 0.299 * red + 0.587 * green + 0.114 * blue < 128; // perceived brightness
}
