import pino from 'pino';

// Secrets and identifiers never reach a log line: credentials, cookies and any field that could carry
// a 주민등록번호 are redacted wherever they appear.
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.password',
      '*.rrn',
      '*.token',
      '*.secret',
      'variables',
      '*.variables',
    ],
    censor: '[redacted]',
  },
});
