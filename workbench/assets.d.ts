// Files the build inlines as text (esbuild's text loader): the bundled example offers and incident logs.
declare module '*.yaml' {
  const text: string
  export default text
}
declare module '*.csv' {
  const text: string
  export default text
}
declare module '*.json?text' {
  const text: string
  export default text
}
