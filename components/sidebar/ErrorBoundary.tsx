import { Component, type ReactNode } from 'react';

/**
 * Keeps one failing part of the sidebar (say, the SLA clock on a browser without Temporal) from
 * taking the rest with it, and says what failed instead of going blank.
 */
export class ErrorBoundary extends Component<{ fallback: (message: string) => ReactNode; children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error.message) : this.props.children;
  }
}
