// Vite's "?url" imports: the module is the URL the asset is served from (here, app://).
declare module '*?url' {
  const url: string;
  export default url;
}
