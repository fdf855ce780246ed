import { useId } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

interface NoticeBarProps {
  message?: string;
  intent?: "success" | "info" | "warning";
}

export function NoticeBar({ message, intent = "success" }: NoticeBarProps) {
  // MessageBar names itself by its title; a notice has none, so its body names it (else axe: an
  // aria-labelledby pointing at no element).
  const bodyId = useId();
  if (!message) return null;
  return (
    <MessageBar intent={intent} aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId}>{message}</MessageBarBody>
    </MessageBar>
  );
}
