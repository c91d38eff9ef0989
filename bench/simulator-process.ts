// The vendor simulator in a process of its own, so that it does not share an event loop with the clients
// being measured. Sends its URL to the parent over IPC and runs until the parent disconnects.
import { startSimulator } from 'errcode-js/simulator'

const sim = await startSimulator()
process.send?.({ url: sim.url })
process.on('disconnect', () => {
  void sim.close().then(() => process.exit(0))
})
