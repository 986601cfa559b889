// A browser app on another origin than the service, as README's "Using ProfileGraph from a web app" shows it:
// @urql/core with the API key in a header, the README's first query (GET while the URL is short, urql's default),
// and a trusted document over GET by its SHA-256 alone (@urql/exchange-persisted): URLs that browsers and CDNs may
// cache as Cache-Control says.
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

const config = await (await fetch('/config.json')).json();
document.querySelector('#origin').textContent = location.origin;
document.querySelector('#endpoint').textContent = config.endpoint;

const fetchOptions = { headers: { 'X-Api-Key': config.apiKey } };
const client = new Client({ url: config.endpoint, exchanges: [fetchExchange], fetchOptions, requestPolicy: 'network-only' });
const persisted = new Client({
  url: config.endpoint,
  exchanges: [persistedExchange({ preferGetForPersistedQueries: true, enforcePersistedQueries: true }), fetchExchange],
  fetchOptions,
  requestPolicy: 'network-only',
});

const status = document.querySelector('#status');
try {
  const readme = await client.query(config.readmeQuery, {}).toPromise();
  show('readme', readme);
  const page = await persisted.query(config.persistedQuery, { first: 3 }).toPromise();
  show('persisted', page);
  status.textContent = 'Done: both queries answered.';
  document.body.dataset.state = 'done';
} catch (error) {
  status.textContent = `Error: ${error.message}`;
  status.className = 'error';
  document.body.dataset.state = 'error';
}

function show(id, result) {
  if (result.error) throw result.error;
  const connection = result.data.telegramUsers;
  document.querySelector(`#${id}-total`).textContent = `${connection.totalCount} users in all`;
  const nodes = connection.nodes ?? connection.edges.map((edge) => edge.node);
  for (const user of nodes) {
    const item = document.createElement('li');
    item.textContent = `${user.displayName} (@${user.username ?? '–'})`;
    document.querySelector(`#${id}`).append(item);
  }
}
