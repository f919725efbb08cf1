// One of the stand-in's query threads (see `queryPool` in server.mjs).
import { parentPort } from 'node:worker_threads';
import { evaluateQuery } from './groq.mjs';

parentPort.on('message', async ({ id, query, params, dataset, options }) => {
  try {
    parentPort.postMessage({ id, result: await evaluateQuery(query, params, dataset, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error.message ?? error) });
  }
});
