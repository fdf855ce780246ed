import { Caption1 } from "@fluentui/react-components";
import { useBalans } from "../BalansContext";

/** What a part of the pane shows while its code is fetched (React.lazy): said, never a blank. */
export function Loading() {
  const { t } = useBalans();
  return (
    <Caption1 role="status" aria-busy="true">
      {t("loadingView")}
    </Caption1>
  );
}
