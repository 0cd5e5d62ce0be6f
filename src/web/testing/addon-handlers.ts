import { http, HttpResponse } from 'msw';
import { addonTemplates } from './addon-fixtures';
import { cceRoute } from './handlers';
import { server } from './server';

/** Templates in which no everest version after the installed 2.3.14 is published: nothing can carry it to v1.29. */
export function serveEverestWithoutSuccessor() {
  const templates = structuredClone(addonTemplates);
  const everest = templates.items.find((template) => template.metadata.name === 'everest')!;
  everest.spec.versions = everest.spec.versions.filter((version) => version.version === '2.3.14');
  server.use(http.get(cceRoute('listAddonTemplates'), () => HttpResponse.json(templates)));
}
