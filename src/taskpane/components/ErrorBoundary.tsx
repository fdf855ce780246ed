import { Component, ReactNode } from "react";
import { Language } from "../../i18n/language";
import { StartupFailure } from "./StartupFailure";

interface ErrorBoundaryProps {
  language: Language;
  children: ReactNode;
}

/** A view that throws while drawing shows what to try instead of leaving the pane blank (React needs a class for this). */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error?: unknown }> {
  state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <StartupFailure
        kind="render"
        error={this.state.error}
        language={this.props.language}
        onRetry={() => this.setState({ error: undefined })}
      />
    );
  }
}
