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

/**
 * Lit's `static properties = { name: { state: true } }` declares internal reactive state: no
 * attribute. The analyzer reads `state: true` only from decorators, so drop those attributes here.
 */
function staticStateIsNoAttribute() {
  const states = new Map(); // class name → its state properties
  return {
    name: 'static-state-is-no-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const state = member.initializer.properties.filter(
          (p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer) && /\bstate:\s*true\b/.test(p.initializer.getText()),
        );
        states.set(node.name.text, new Set(state.map((p) => p.name.getText())));
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const state = states.get(declaration.name);
        if (state && declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !state.has(a.fieldName));
      }
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
  plugins: [defineElementCalls(), staticStateIsNoAttribute(), publishedApi()],
};
