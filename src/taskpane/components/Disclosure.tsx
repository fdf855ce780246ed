import { ReactNode, useId, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  toggle: { justifyContent: "flex-start", paddingLeft: 0 },
  panel: { paddingLeft: tokens.spacingHorizontalM },
});

/** A section the user opens when needed; lighter than Fluent's Accordion for the pane's one such section. */
export function Disclosure({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div>
      <Button
        className={styles.toggle}
        appearance="subtle"
        icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {title}
      </Button>
      <div id={panel} className={styles.panel} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
