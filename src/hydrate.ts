/**
 * The hydrating entry (`dist/budget-widgets-hydrate.min.js`): the same elements and data API as the
 * one-file bundle, plus Lit's hydration support, so that elements rendered on the server
 * (`budget-widgets render`, `site`) take over their declarative shadow roots instead of drawing
 * them again. Lit requires the support to run before lit-element is evaluated: it is imported
 * first, and ES modules evaluate their imports in order, depth first, so its module body (which
 * installs the `litElementHydrateSupport` hook) runs before lit-element, which calls that hook.
 * Built apart from the one-file bundle, which must stay within its size budget.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// After lit-element and before the elements: see the module.
import './hydrate-styles.js';

export * from './index.js';
