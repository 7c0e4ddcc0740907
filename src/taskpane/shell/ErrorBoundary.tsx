// Catches a crash in a tab so the rest of the pane keeps working, and says so in Vietnamese.
import { Component, type ErrorInfo, type ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { app } from "../i18n/vi/app";

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Trợ lý Văn thư:", error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{app.errorTitle}</MessageBarTitle>
          <div>{app.errorBody}</div>
          <code style={{ display: "block", marginTop: 4, wordBreak: "break-word" }}>{error.message}</code>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>{app.errorRetry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
