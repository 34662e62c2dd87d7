// graphql-ws publishes its WebSocket server under an `exports` subpath, which 'node' module
// resolution does not read; this points the types at the file behind it.
declare module 'graphql-ws/use/ws' {
  export { useServer } from 'graphql-ws/dist/use/ws';
}
