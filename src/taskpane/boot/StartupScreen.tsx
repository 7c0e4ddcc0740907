// What the pane shows before the app runs: a spinner while starting, or one Vietnamese error.
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { app } from "../i18n/vi/app";

export function StartupScreen({ error }: { error?: string }) {
  if (!error) return <Spinner style={{ marginTop: 48 }} label={app.loading} />;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" style={{ margin: 12 }}>
      <MessageBarBody>
        <MessageBarTitle>{app.startFailed}</MessageBarTitle>
        <div>{error}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
