// NestJS: errcode on the axios instance of HttpModule, a service that lets the typed errors through, and
// one exception filter that turns every vendor failure into the answer our own API gives.
// Legacy decorators (tsconfig's experimentalDecorators); no emitDecoratorMetadata, so every injection
// names its token (`@Inject(HttpService)`).
import { HttpModule, HttpService } from '@nestjs/axios'
import {
  type ArgumentsHost,
  Catch,
  Controller,
  type DynamicModule,
  type ExceptionFilter,
  Get,
  Inject,
  Injectable,
  Module,
  type OnModuleInit,
  Query,
} from '@nestjs/common'
import { APP_FILTER, HttpAdapterHost, NestFactory } from '@nestjs/core'
import { ExpressAdapter } from '@nestjs/platform-express'
import { ApiError } from 'errcode-js'
import { navinfo } from 'errcode-js/adapters/navinfo'
import { withErrcode } from 'errcode-js/axios'
import { firstValueFrom } from 'rxjs'
import { isMain, withSimulator } from './support.js'

/**
 * Our status for a vendor's failure. The vendor is our upstream: what it refuses is seldom the end user's
 * doing, so most categories are a 502, and only waiting helps with the rest.
 */
export function statusFor(err: ApiError): number {
  switch (err.category) {
    case 'rate_limit':
      return 429 // the caller may retry after Retry-After
    case 'quota':
      // One phone number's daily limit is that user's; the account's quota is our capacity.
      return err.retry.scope === 'recipient' ? 429 : 503
    case 'billing':
    case 'unavailable':
      return 503
    case 'timeout':
      return 504
    default:
      // authentication, permission: our credential, not the end user's (a 401 would ask them to log in).
      // invalid_request, not_found, conflict: the request we built; a filter cannot tell the end user's bad
      // input from our bug, so validate input before the call, or catch those codes in the service.
      // internal, network, unknown: the upstream failed.
      return 502
  }
}

/** Retry-After in whole seconds, from the vendor's window or wait, when errcode knows one. */
function retryAfter(err: ApiError): string | undefined {
  const ms = err.retry.at === undefined ? err.retry.delayMs : err.retry.at.getTime() - Date.now()
  return ms === undefined ? undefined : String(Math.max(1, Math.ceil(ms / 1_000)))
}

/** Every errcode error that leaves a route, whichever vendor or client made it. */
@Catch(ApiError)
export class VendorErrorFilter implements ExceptionFilter<ApiError> {
  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  catch(err: ApiError, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost
    const res: unknown = host.switchToHttp().getResponse()
    const status = statusFor(err)
    const wait = status === 429 || status === 503 ? retryAfter(err) : undefined
    if (wait !== undefined) httpAdapter.setHeader(res, 'Retry-After', wait)
    // The catalog's words, not the vendor's message or the request: those are for our logs (`err` is safe
    // to log as JSON).
    httpAdapter.reply(
      res,
      { statusCode: status, error: err.category, vendor: err.vendor, code: err.code, message: err.description },
      status,
    )
  }
}

@Injectable()
export class GeocodeService implements OnModuleInit {
  constructor(@Inject(HttpService) private readonly http: HttpService) {}

  // HttpModule.register() gives this module an axios instance of its own; the bare HttpModule would hand
  // over axios' default instance, which the whole process shares.
  onModuleInit(): void {
    withErrcode(this.http.axiosRef, { adapter: navinfo })
  }

  /** A vendor failure rejects with its typed error: nothing to catch here. */
  async geocode(address: string, code: string): Promise<unknown> {
    // `code` tells the simulator what to answer.
    const res = await firstValueFrom(this.http.get('/navinfo/geocode', { params: { address, code } }))
    return res.data
  }
}

@Controller()
export class GeocodeController {
  constructor(@Inject(GeocodeService) private readonly geo: GeocodeService) {}

  @Get('geocode')
  geocode(@Query('address') address: string, @Query('code') code: string): Promise<unknown> {
    return this.geo.geocode(address, code)
  }
}

@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: a Nest dynamic module is a class with a static forRoot
export class GeocodeModule {
  static forRoot(vendorUrl: string): DynamicModule {
    return {
      module: GeocodeModule,
      imports: [HttpModule.register({ baseURL: vendorUrl, timeout: 5_000 })],
      controllers: [GeocodeController],
      providers: [GeocodeService, { provide: APP_FILTER, useClass: VendorErrorFilter }],
    }
  }
}

/** Our API on loopback, on a free port, in front of the vendor at `vendorUrl`. */
export async function serve(vendorUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = await NestFactory.create(GeocodeModule.forRoot(vendorUrl), new ExpressAdapter(), { logger: false })
  await app.listen(0, '127.0.0.1')
  const { port } = app.getHttpServer().address() as { port: number }
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() }
}

if (isMain(import.meta.url)) {
  await withSimulator(async (vendor) => {
    const api = await serve(vendor)
    try {
      for (const code of ['200', '1008', '1007', '1001', '1003', '2001', '1010', '2002']) {
        const res = await fetch(`${api.url}/geocode?address=Beijing&code=${code}`)
        const wait = res.headers.get('retry-after')
        console.log(`${code} → ${res.status}${wait === null ? '' : ` Retry-After ${wait}`}`, await res.text())
      }
    } finally {
      await api.close()
    }
  })
}
