// Its own chunk (see index.tsx): Fluent's dark theme is as large as the light one.
export { webDarkTheme } from "@fluentui/react-components";
