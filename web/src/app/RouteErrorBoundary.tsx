import { Component, type ReactNode } from 'react';
import { RouteError } from '../pages/RouteError';

interface Props {
  /** The current page's path: moving to another page clears the error, so navigating is a way out too. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  at: string;
}

/** Shows RouteError instead of a blank page when rendering fails, e.g. a lazy chunk is gone after a deploy. */
export class RouteErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, at: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.at ? null : { failed: false, at: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
