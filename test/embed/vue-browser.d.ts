// Vue's ES module browser build has the same API as the package entry; its file ships no typings.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
