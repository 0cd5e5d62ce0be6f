import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

interface BoundaryState {
  failed: boolean;
  error: unknown;
}

class Boundary extends Component<{ onReset: () => void; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: true, error };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const retry = () => {
      this.props.onReset();
      this.setState({ failed: false, error: undefined });
    };
    return <ErrorState error={this.state.error} onRetry={retry} />;
  }
}

/** Where a read that its page waits for (`useSuspenseQuery`) failed: says why in words, and Retry reads again. */
export function QueryErrorBoundary({ children }: { children: ReactNode }) {
  return <QueryErrorResetBoundary>{({ reset }) => <Boundary onReset={reset}>{children}</Boundary>}</QueryErrorResetBoundary>;
}
