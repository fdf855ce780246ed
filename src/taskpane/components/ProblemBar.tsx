import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface ProblemBarProps {
  title: string;
  messages: string[];
}

/** What is wrong and where, in the user's language; nothing was written. */
export function ProblemBar({ title, messages }: ProblemBarProps) {
  if (messages.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {messages.length === 1 ? (
          messages[0]
        ) : (
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
