// What applications do with an error: hand it to a real logger. Each view turns an error (or its cause)
// into the text a log line would carry, through pino, winston, console and JSON, as applications call them.
import { Writable } from 'node:stream'
import { format, inspect } from 'node:util'
import pino from 'pino'
import winston from 'winston'

/** pino writing to a string, synchronously. */
function pinoText(log: (logger: pino.Logger) => void, options: pino.LoggerOptions = {}): string {
  let out = ''
  const logger = pino(options, { write: (line: string) => (out += line) })
  log(logger)
  return out
}

/** winston with the formats its documentation gives for errors, writing to a string. */
async function winstonText(log: (logger: winston.Logger) => void): Promise<string> {
  let out = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk)
      done()
    },
  })
  const logger = winston.createLogger({
    format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.Stream({ stream })],
  })
  log(logger)
  await new Promise((resolve) => setImmediate(resolve))
  await new Promise((resolve) => setImmediate(resolve))
  logger.close()
  return out
}

export type View = (value: unknown) => string | Promise<string>

/** The ways an application logs an error. Any of them may throw: that is a failure of its own. */
export const views: Record<string, View> = {
  'pino().error(err)': (e) => pinoText((l) => l.error(e)),
  'pino().error({ err })': (e) => pinoText((l) => l.error({ err: e })),
  'pino errWithCause': (e) =>
    pinoText((l) => l.error({ err: e }), { serializers: { err: pino.stdSerializers.errWithCause } }),
  'winston errors+json': (e) => winstonText((l) => l.error('failed', e)),
  'console.log(err)': (e) => format(e),
  'util.inspect(err, { depth: null, showHidden: true })': (e) => inspect(e, { depth: null, showHidden: true }),
  'JSON.stringify(err)': (e) => JSON.stringify(e) ?? '',
}

/** The loggers that must take every error of every catalog without throwing. */
export const serializers: Record<string, View> = {
  'pino().error(err)': views['pino().error(err)'] as View,
  'pino().error({ err })': views['pino().error({ err })'] as View,
  'pino errWithCause': views['pino errWithCause'] as View,
  'winston errors+json': views['winston errors+json'] as View,
}
