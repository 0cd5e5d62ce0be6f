/**
 * What the KooCLI (`hcloud`) export relies on, each with the Huawei pages that document it. A fact without a source is
 * unconfirmed: the script says so in its comments and the export lists it, so nobody runs it believing it was checked.
 */
export interface KooCliFact {
  claim: string;
  /** Where it is documented; empty when nothing was found. */
  sources: readonly string[];
  /** For an unconfirmed fact: what was found instead, and how to check it. */
  note?: string;
}

const HCLI = 'https://support.huaweicloud.com/intl/en-us/usermanual-hcli';
const HCLI_FAQ = 'https://support.huaweicloud.com/intl/en-us/hcli_faq';
const CCE_API = 'https://support.huaweicloud.com/intl/en-us/api-cce';
const SDK_META = 'huaweicloud/huaweicloud-sdk-go-v3 services/cce/v3/cce_meta.go';

export const KOOCLI_FACTS: readonly KooCliFact[] = [
  {
    claim: 'API calls are `hcloud <service> <operation> --<parameter>=<value>`; operations are the API Explorer names',
    sources: ['https://support.huaweicloud.com/intl/en-us/productdesc-hcli/hcli_01_002.html'],
  },
  {
    claim: 'the region is `--cli-region=<region>`; the project id is the API path parameter `--project_id=<id>`',
    sources: [`${HCLI}/hcli_05_04.html`, `${HCLI}/hcli_05_19.html`],
  },
  {
    claim: 'the other path parameters are `cluster_id` and `task_id`, passed as `--cluster_id=` and `--task_id=`',
    sources: [`${CCE_API}/PreCheck.html`, `${CCE_API}/GetPreCheck.html`, `${CCE_API}/UpgradeCluster.html`],
  },
  {
    claim:
      '`--cli-jsonInput=<file>.json` takes the body under the top-level key "body"; path parameters may stay on the command line',
    sources: [`${HCLI}/hcli_05_12.html`, `${HCLI_FAQ}/hcli_19_004.html`],
  },
  {
    claim: '`--cli-query="<JMESPath>"` picks values out of the answer, printed as JSON by default',
    sources: [`${HCLI_FAQ}/hcli_23_001.html`, `${HCLI_FAQ}/hcli_23_004.html`],
  },
  {
    claim:
      'the pre-check task id is the answer\'s `metadata.uid`; the task ends in `status.phase` Success, Failed or Error; failed items have phase Failed',
    sources: [`${CCE_API}/PreCheck.html`, `${CCE_API}/GetPreCheck.html`],
  },
  {
    claim: 'the operation is named `CreatePreCheck`',
    sources: [],
    note: `the SDK's name (${SDK_META}); Huawei's API reference titles this API "PreCheck" (${CCE_API}/PreCheck.html)`,
  },
  {
    claim: 'the operation is named `ShowPreCheck`',
    sources: [],
    note: `the SDK's name (${SDK_META}); Huawei's API reference titles this API "GetPreCheck" (${CCE_API}/GetPreCheck.html)`,
  },
  {
    claim: 'the operation is named `UpgradeCluster`',
    sources: [],
    note: `the SDK's name and the API reference page's (${CCE_API}/UpgradeCluster.html), but no KooCLI listing or example of it was found`,
  },
  {
    claim: 'the operations need no version suffix (`<operation>/v3`)',
    sources: [],
    note: `${HCLI_FAQ}/hcli_17_002.html asks for one only where KooCLI lists an operation under several versions; these APIs exist only under /api/v3, but KooCLI's CCE list was not seen`,
  },
  {
    claim: 'KooCLI sends the body from the JSON-input file unchanged',
    sources: [],
    note: 'it parses and type-checks the file (hcli_19_004), so key order and white space on the wire may differ from the file, and a field its CCE metadata lacks (e.g. the newer `scope`) may be refused or dropped',
  },
  {
    claim: 'the failed-items query prints `[]` when no item failed',
    sources: [],
    note: 'the expression gives [] for a check without failures and the failed names otherwise in the reference JMESPath implementation (Python jmespath 1.1.0), not tried with KooCLI. The script goes on only on exactly `[]`',
  },
  {
    claim: '`hcloud` exits non-zero when CCE answers with an error',
    sources: [],
    note: 'not documented in the pages found; the script also checks every answer it reads',
  },
];

export const isConfirmed = (fact: KooCliFact) => fact.sources.length > 0;

/** The claims nobody could find documented, with what was found instead. */
export const unconfirmedClaims = (facts: readonly KooCliFact[]) =>
  facts.filter((fact) => !isConfirmed(fact)).map((fact) => (fact.note ? `${fact.claim}: ${fact.note}` : fact.claim));
