// Fits FSRS-6 parameters with fsrs-rs through its Node binding, once per seed, and prints one JSON line per
// seed: {"seed":..,"cpuMs":..,"parameters":[..]}. Input: the items written by
// `OptimizerComparison --export` (each the card's reviews up to a scored one as [rating, delta_t], in time
// order). The binding is not a dependency of the build: install it outside the repository (see README.md).
//
//   node bench/fsrs/fit.mjs target/fsrs-items.json [binding-dir] > target/fsrs-rs-fits.jsonl
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const [itemsFile, bindingDir = process.env.FSRS_BINDING_DIR ?? '/tmp/fsrsbind'] = process.argv.slice(2)
if (!itemsFile) {
  console.error('usage: node bench/fsrs/fit.mjs <items.json> [binding-dir]')
  process.exit(2)
}
const require = createRequire(path.join(path.resolve(bindingDir), 'package.json'))
const binding = require('@open-spaced-repetition/binding')
const version = JSON.parse(readFileSync(path.join(path.resolve(bindingDir),
  'node_modules/@open-spaced-repetition/binding/package.json'), 'utf8')).version

const raw = JSON.parse(readFileSync(itemsFile, 'utf8'))
const items = () => raw.map((reviews) =>
  new binding.FSRSBindingItem(reviews.map(([rating, deltaT]) => new binding.FSRSBindingReview(rating, deltaT))))

const SEEDS = 20
const FIRST_SEED = 2023
const WARM_UP = 3

async function fit(seed) {
  const trainSet = items()
  const before = process.cpuUsage()
  const parameters = await binding.computeParameters(trainSet, {
    enableShortTerm: true,
    numRelearningSteps: 1,
    // The same settings as Simak's ParameterOptimizer (and fsrs-rs' defaults) but the seed.
    trainingConfig: { numEpochs: 5, batchSize: 512, seed, maxSeqLen: 64, learningRate: 0.04, gamma: 1 },
  })
  const used = process.cpuUsage(before)
  return { cpuMs: (used.user + used.system) / 1000, parameters }
}

for (let i = 0; i < WARM_UP; i++) {
  await fit(FIRST_SEED + i)
}
console.error(`binding ${version}, ${raw.length} items, ${SEEDS} seeds from ${FIRST_SEED}`)
for (let k = 0; k < SEEDS; k++) {
  const { cpuMs, parameters } = await fit(FIRST_SEED + k)
  console.log(JSON.stringify({ seed: FIRST_SEED + k, cpuMs, parameters }))
}
