import { KeyboardEvent, useRef } from "react";
import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  // In a pane narrower than the four tabs they wrap onto a second line: every view stays reachable.
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  tab: {
    position: "relative",
    border: "none",
    background: "none",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": {
      color: tokens.colorNeutralForeground2Hover,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1 },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

interface ViewTabsProps<View extends string> {
  views: readonly { value: View; label: string }[];
  /** The list's accessible name, where the page has more than one tab list. */
  label?: string;
  selected: View;
  onSelect(view: View): void;
}

/**
 * The pane's view switcher as ARIA tabs, looking like Fluent's TabList: the arrow keys, Home and End
 * move between tabs, Enter, Space or a click selects one. Hand-made because Fluent's TabList brings
 * its focus-management library (tabster, about a quarter of the pane's own JavaScript) into the first
 * paint for these few keys.
 */
export function ViewTabs<View extends string>({
  views,
  label,
  selected,
  onSelect,
}: ViewTabsProps<View>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const current = tabs.findIndex((tab) => tab === document.activeElement);
    const target = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (target === undefined || tabs.length === 0) return;
    event.preventDefault();
    tabs[(target + tabs.length) % tabs.length].focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={label} className={styles.list} onKeyDown={moveFocus}>
      {views.map(({ value, label }) => (
        <button
          key={value}
          type="button"
          role="tab"
          aria-selected={value === selected}
          // One tab stop for the list, on the selected tab, as ARIA's tabs pattern has it.
          tabIndex={value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, value === selected && styles.selected)}
          onClick={() => onSelect(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
