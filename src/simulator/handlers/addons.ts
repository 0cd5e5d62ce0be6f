import type { OperationHandler } from '../operations';
import type { SimStore } from '../store';
import { addonsView } from '../views';

export function addonHandlers(store: SimStore) {
  const listAddonInstances: OperationHandler = ({ query, now }) => ({
    kind: 'Addon',
    apiVersion: 'v3',
    items: addonsView(store.cluster(query['cluster_id'], now), now),
  });

  /** `addon_template_name` matches a template's name or its alias, as CCE documents. */
  const listAddonTemplates: OperationHandler = ({ query }) => {
    const wanted = query['addon_template_name'];
    return {
      kind: 'Addon',
      apiVersion: 'v3',
      items: store.addonTemplates.filter(
        (template) => wanted === undefined || template.metadata.name === wanted || template.metadata['alias'] === wanted,
      ),
    };
  };

  return { listAddonInstances, listAddonTemplates };
}
