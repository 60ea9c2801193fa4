// JSX types for the sa- elements in React 19: the props this app uses.
// (React 19 reads custom-element props from the `react` module's JSX namespace.)
// Keep it where your tsconfig "include" finds it. Not type-checked in this repository: @types/react is not installed.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Resource } from '@stalking-awareness/core';
import type { ResourceActionDetail } from '@stalking-awareness/widgets/resource-card';

type ElementProps<Props> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Props;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'sa-quick-exit': ElementProps<{
        href?: string;
        shortcut?: 'shift' | 'escape' | 'none';
        'onsa-exit'?: (event: CustomEvent<{ destination: string }>) => void;
      }>;
      'sa-resource-list': ElementProps<{
        resources?: readonly Resource[];
        search?: boolean;
        'heading-level'?: number;
        'onsa-resource-action'?: (event: CustomEvent<ResourceActionDetail>) => void;
      }>;
      'sa-legal-disclaimer': ElementProps<{ agency?: string; variant?: 'full' | 'compact' | 'inline' }>;
    }
  }
}
