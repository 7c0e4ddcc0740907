// What the pane shows before the app runs: a spinner while starting, or one Vietnamese error (with a retry
// button where trying again can help).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { app } from "../i18n/vi/app";

export function StartupScreen({ error, onRetry }: { error?: string; onRetry?: () => void }) {
  if (!error) return <Spinner style={{ marginTop: 48 }} label={app.loading} />;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" style={{ margin: 12 }}>
      <MessageBarBody>
        <MessageBarTitle>{app.startFailed}</MessageBarTitle>
        <div>{error}</div>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{app.errorRetry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
