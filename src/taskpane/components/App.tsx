import { Body1, makeStyles, Title3, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Balans</Title3>
      <Body1>Funktionerna =BALANS.… finns nu i Excel.</Body1>
    </main>
  );
}
