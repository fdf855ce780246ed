import { MessageBar, MessageBarBody } from "@fluentui/react-components";

interface NoticeBarProps {
  message?: string;
  intent?: "success" | "info" | "warning";
}

export function NoticeBar({ message, intent = "success" }: NoticeBarProps) {
  if (!message) return null;
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
