import { Caption1 } from "@fluentui/react-components";
import { formatNumber } from "../../i18n/language";
import { StringKey } from "../../i18n/ui";
import { useBalans } from "../BalansContext";

/**
 * How many items of a long list the pane shows, and where all of them are. A pane listing thousands of
 * rows would block Excel for seconds while it renders and would not be read; its sheet has them all.
 */
export function ShownOf({ shown, count, text }: { shown: number; count: number; text: StringKey }) {
  const { t, language } = useBalans();
  if (count <= shown) return null;
  return (
    <Caption1 role="note">
      {t(text, {
        shown: formatNumber(shown, language, 0),
        count: formatNumber(count, language, 0),
      })}
    </Caption1>
  );
}
