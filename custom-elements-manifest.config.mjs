// `npm run analyze` (run by `npm run build`): custom-elements.json, the elements' public API
// for editors, Storybook and documentation, from the classes' code and JSDoc.

/**
 * Our elements register through `defineElement(tag, Class)` (src/elements/define.ts), which the
 * analyzer does not know: record each call as it records `customElements.define`.
 */
function defineElementCalls() {
  return {
    name: 'define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const imported = context.imports?.find((entry) => entry.name === element.text);
      const module = imported ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname : moduleDoc.path;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } }];
    },
  };
}

/** The published files are dist/*.js, not src/*.ts; private members are not part of the API. */
function publishedApi() {
  const published = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value.members)) value.members = value.members.filter((member) => member.privacy !== 'private');
    for (const key of ['path', 'module']) if (typeof value[key] === 'string') value[key] = published(value[key]);
    Object.values(value).forEach(visit);
  };
  return { name: 'published-api', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest) };
}

export default {
  // The element classes, their define modules and their base class (for what they inherit).
  globs: ['src/elements/*/*.ts', 'src/elements/budget-element.ts'],
  exclude: ['src/elements/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the file itself ("customElements"); the analyzer would rewrite it on every build.
  packagejson: false,
  plugins: [defineElementCalls(), publishedApi()],
};
