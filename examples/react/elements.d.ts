// JSX types for every sa- element in React 19, generated from custom-elements.json by the package:
// attributes, properties and `onsa-…` event props. Keep this file where your tsconfig "include" finds it.
import type {} from '@stalking-awareness/widgets/types/react';
